using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.Storefront;

/// <summary>What the page cache may serve to whom: one shopper's page never reaches another, one culture's never another's.</summary>
public sealed class PageCacheKeyTests
{
    [Theory]
    [InlineData("Cookie", ".Multistore.{tenant}.Auth=ticket")]
    [InlineData("Cookie", "ms_cart=3f0c2a4e-0000-4000-8000-000000000001")]
    [InlineData("Authorization", "Bearer some-token")]
    public async Task RequestThatSignsInOrHasACartIsRenderedNotServedFromTheCache(string header, string value)
    {
        var (tenant, _) = await AppearanceStore.CreateAsync();
        var anonymous = tenant.CreateClient();
        await anonymous.GetStringAsync("products/harbour-cap");
        Assert.NotNull((await anonymous.GetAsync("products/harbour-cap")).Headers.Age);

        using var personal = new HttpRequestMessage(HttpMethod.Get, "products/harbour-cap");
        personal.Headers.TryAddWithoutValidation(header, value.Replace("{tenant}", tenant.Name, StringComparison.Ordinal));
        var response = await tenant.CreateClient().SendAsync(personal);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Headers.Age);
        Assert.Equal("Harbour Cap", (await HtmlPage.ParseAsync(response)).Heading());
    }

    [Fact]
    public async Task CachedPageOfOneCultureIsNotServedInAnother()
    {
        var (tenant, _) = await AppearanceStore.CreateAsync();
        var client = tenant.CreateClient();
        await client.GetStringAsync("/");
        var english = await client.GetAsync("/");
        Assert.NotNull(english.Headers.Age);
        Assert.Equal("en-US", (await HtmlPage.ParseAsync(english)).Attribute("html", "lang"));

        using var french = new HttpRequestMessage(HttpMethod.Get, "/");
        french.Headers.TryAddWithoutValidation("Cookie", ".Multistore.Culture=fr-FR");
        var page = await HtmlPage.ParseAsync(await tenant.CreateClient().SendAsync(french));

        Assert.Equal("fr-FR", page.Attribute("html", "lang"));
    }
}

using Microsoft.Extensions.DependencyInjection;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Pricing.Services;

namespace Multistore.Integration.Tests.Storefront;

public sealed class OutputCacheEvictionTests
{
    private const string Price = ".product .price .amount";

    [Fact]
    public async Task PriceChangeShowsOnTheNextRequestOfACachedProductPage()
    {
        var (tenant, _) = await AppearanceStore.CreateAsync();
        var client = tenant.CreateClient();
        await client.GetStringAsync("products/harbour-cap");
        var cached = await client.GetAsync("products/harbour-cap");
        Assert.True(cached.Headers.Age is not null, "The second request is served from the output cache.");
        Assert.Equal("$25.00", (await HtmlPage.ParseAsync(cached)).Text(Price));

        await using (var scope = await tenant.ScopeAsync())
        {
            await scope.ServiceProvider.GetRequiredService<PriceWriter>().SetPriceAsync("USD", "APP-1", 19.5m, null, CancellationToken.None);
        }

        var after = await HtmlPage.GetAsync(client, "products/harbour-cap");
        Assert.Equal("$19.50", after.Text(Price));
        Assert.DoesNotContain("$25.00", after.Text());
    }

    [Fact]
    public async Task ScheduledPriceShowsWhenItStartsAndGoesWhenItEndsOnACachedProductPage()
    {
        var (tenant, _) = await AppearanceStore.CreateAsync();
        var client = tenant.CreateClient();
        var starts = DateTime.UtcNow.AddSeconds(3);
        var ends = starts.AddSeconds(3);
        await using (var scope = await tenant.ScopeAsync())
        {
            await scope.ServiceProvider.GetRequiredService<PriceWriter>().ScheduleAsync("USD", "APP-1", 19.5m, starts, ends, CancellationToken.None);
        }

        await client.GetStringAsync("products/harbour-cap");
        var cached = await client.GetAsync("products/harbour-cap");
        Assert.True(cached.Headers.Age is not null, "Before the sale the page is served from the output cache.");
        Assert.Equal("$25.00", (await HtmlPage.ParseAsync(cached)).Text(Price));

        await Task.Delay(starts - DateTime.UtcNow + TimeSpan.FromMilliseconds(500));
        Assert.Equal("$19.50", (await HtmlPage.GetAsync(client, "products/harbour-cap")).Text(Price));
        Assert.NotNull((await client.GetAsync("products/harbour-cap")).Headers.Age);

        await Task.Delay(ends - DateTime.UtcNow + TimeSpan.FromMilliseconds(500));
        var after = await HtmlPage.GetAsync(client, "products/harbour-cap");
        Assert.Equal("$25.00", after.Text(Price));
        Assert.DoesNotContain("$19.50", after.Text());
    }

    [Fact]
    public async Task ThemeSettingSaveShowsOnTheNextRequestOfACachedHomePage()
    {
        var (tenant, admin) = await AppearanceStore.CreateAsync();
        var client = tenant.CreateClient();
        await client.GetStringAsync("/");
        Assert.NotNull((await client.GetAsync("/")).Headers.Age);

        await admin.PostFormAsync("admin/appearance/theme", "admin/appearance/theme", new() { ["Theme"] = "Storefront", ["settings.tagline"] = "Fresh tagline" });

        Assert.Equal("Fresh tagline", (await HtmlPage.GetAsync(client, "/")).Text("header .tagline"));
    }
}

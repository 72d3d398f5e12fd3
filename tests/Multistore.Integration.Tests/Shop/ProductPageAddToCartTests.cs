using System.Net;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.Shop;

[Collection(CommerceStore.Collection)]
public sealed class ProductPageAddToCartTests
{
    private static HttpRequestMessage AddLine(string sku, string? fetchSite = null, string? origin = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "cart/lines") { Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["sku"] = sku, ["quantity"] = "2" }) };
        if (fetchSite is not null)
        {
            request.Headers.Add("Sec-Fetch-Site", fetchSite);
        }

        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        return request;
    }

    [Fact]
    public async Task AddToCartOnTheProductPageFillsTheCartAndShowsIt()
    {
        var store = await CommerceStore.CreateAsync();
        var client = store.Tenant.CreateClient();

        var added = await client.SendAsync(AddLine("LAMP", "same-origin"));
        var cart = await HtmlPage.ParseAsync(added);

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.EndsWith("/cart", added.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(["Lampe"], cart.Texts("table.cart-lines tbody td:first-child a"));
        Assert.Contains("99,80", cart.Text(".subtotal strong"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherSiteCannotPutThingsInTheShoppersCart()
    {
        var store = await CommerceStore.CreateAsync();
        var client = store.Tenant.CreateClient();

        var crossSite = await client.SendAsync(AddLine("LAMP", "cross-site"));
        var foreignOrigin = await client.SendAsync(AddLine("LAMP", origin: "https://evil.example"));
        var unknown = await client.SendAsync(AddLine("NOSUCH", "same-origin"));

        Assert.Equal(HttpStatusCode.Forbidden, crossSite.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, foreignOrigin.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.DoesNotContain("Lampe", (await HtmlPage.GetAsync(client, "cart")).Text());
    }

    [Fact]
    public async Task StartingOverLeavesTheNextShopperAnEmptyCartAndTheOrderedCartUntouched()
    {
        var store = await CommerceStore.CreateAsync();
        var client = store.Tenant.CreateClient();
        await client.SendAsync(AddLine("LAMP", "same-origin"));

        var startOver = new HttpRequestMessage(HttpMethod.Post, "cart/start-over");
        startOver.Headers.Add("Sec-Fetch-Site", "same-origin");
        var started = await client.SendAsync(startOver);
        var cart = await HtmlPage.GetAsync(client, "cart");

        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        Assert.Equal(store.Tenant.BaseAddress, started.RequestMessage!.RequestUri);
        Assert.Empty(cart.Texts("table.cart-lines tbody td:first-child a"));
    }

    [Fact]
    public async Task AnotherSiteCannotEmptyTheShoppersCart()
    {
        var store = await CommerceStore.CreateAsync();
        var client = store.Tenant.CreateClient();
        await client.SendAsync(AddLine("LAMP", "same-origin"));

        var crossSite = new HttpRequestMessage(HttpMethod.Post, "cart/start-over");
        crossSite.Headers.Add("Sec-Fetch-Site", "cross-site");
        var refused = await client.SendAsync(crossSite);
        var silent = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "cart/start-over"));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, silent.StatusCode);
        Assert.Equal(["Lampe"], (await HtmlPage.GetAsync(client, "cart")).Texts("table.cart-lines tbody td:first-child a"));
    }
}

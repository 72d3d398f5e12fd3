using Microsoft.Extensions.DependencyInjection;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Integration.Tests.Shop;
using Multistore.Modules;

namespace Multistore.Integration.Tests.Recommendations;

public sealed class RecommendationPagesTests
{
    [Fact]
    public async Task WebProductPageCartPageAndKioskProductPageRecommendWhereTheFeatureIsOn()
    {
        var store = await RecommendationStore.CreateAsync();
        var kiosk = await RecommendationStore.CreateAsync(theme: "Kiosk");
        var without = await RecommendationStore.CreateAsync(recommendations: false);

        var product = await HtmlPage.GetAsync(store.CreateClient(), "products/stehlampe");
        var kioskProduct = await HtmlPage.GetAsync(kiosk.CreateClient(), "products/stehlampe");
        var cart = await CartPageWithAsync(store, "LAMP");

        Assert.Equal(["Glühbirne", "Lampenschirm", "Lesesessel"], product.Recommended("also-like").Order());
        Assert.Equal("Das könnte Ihnen auch gefallen", product.Text("[data-recommendations='also-like'] h2"));
        Assert.Equal(["Glühbirne", "Lampenschirm", "Lesesessel"], kioskProduct.Recommended("also-like").Order());
        Assert.Equal(["Glühbirne", "Lampenschirm", "Lesesessel"], cart.Recommended("also-like").Order());
        Assert.Empty(product.Recommended("bought-together"));
    }

    [Fact]
    public async Task EnablingTheFeatureOnOneStoreShowsItOnAllThreePagesThereAndNowhereElse()
    {
        var store = await RecommendationStore.CreateAsync(recommendations: false);
        var kiosk = await RecommendationStore.CreateAsync(recommendations: false, theme: "Kiosk");
        var other = await RecommendationStore.CreateAsync(recommendations: false);
        Assert.False((await HtmlPage.GetAsync(store.CreateClient(), "products/stehlampe")).Has(".recommendations"));

        await EnableAsync(store);
        await EnableAsync(kiosk);

        Assert.Equal(3, (await HtmlPage.GetAsync(store.CreateClient(), "products/stehlampe")).Recommended("also-like").Count);
        Assert.Equal(3, (await CartPageWithAsync(store, "LAMP")).Recommended("also-like").Count);
        Assert.Equal(3, (await HtmlPage.GetAsync(kiosk.CreateClient(), "products/stehlampe")).Recommended("also-like").Count);
        Assert.False((await HtmlPage.GetAsync(other.CreateClient(), "products/stehlampe")).Has(".recommendations"));
        Assert.False((await CartPageWithAsync(other, "LAMP")).Has(".recommendations"));
    }

    [Fact]
    public async Task StoreWithoutTheFeatureShowsNone()
    {
        var store = await RecommendationStore.CreateAsync(recommendations: false);

        var product = await HtmlPage.GetAsync(store.CreateClient(), "products/stehlampe");
        var cart = await CartPageWithAsync(store, "LAMP");

        Assert.Equal("Stehlampe", product.Heading());
        Assert.False(product.Has(".recommendations"));
        Assert.Equal("Stehlampe", cart.Text(".cart-lines td a"));
        Assert.False(cart.Has(".recommendations"));
    }

    [Fact]
    public async Task NothingUnavailableIsRecommended()
    {
        var store = await RecommendationStore.CreateAsync();

        foreach (var slug in new[] { "stehlampe", "lampenschirm", "gluehbirne", "lesesessel" })
        {
            var page = await HtmlPage.GetAsync(store.CreateClient(), "products/" + slug);
            var shown = page.Recommended("also-like").Concat(page.Recommended("bought-together")).ToList();

            Assert.Equal(3, shown.Count);
            Assert.DoesNotContain(page.Heading(), shown);
            Assert.DoesNotContain("Ausverkaufte Leuchte", shown);
            Assert.DoesNotContain("Preislose Leuchte", shown);
            Assert.DoesNotContain("Geheimer Entwurf", shown);
        }
    }

    [Fact]
    public async Task CardsLinkToTheProductAndShowItsPrice()
    {
        var store = await RecommendationStore.CreateAsync();

        var page = await HtmlPage.GetAsync(store.CreateClient(), "products/stehlampe");
        var chair = page.All("[data-recommendations='also-like'] .card").Single(c => c.QuerySelector(".card-title")!.TextContent == "Lesesessel");

        Assert.Equal("/products/lesesessel", chair.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("349,00 €", chair.QuerySelector(".amount")!.TextContent.Trim());
    }

    private static async Task EnableAsync(TestTenant store)
    {
        await using var scope = await store.ScopeAsync();
        await scope.ServiceProvider.GetRequiredService<ITenantFeatures>().EnableAsync(store.Name, ["Multistore.Recommendations"], CancellationToken.None);
    }

    private static async Task<HtmlPage> CartPageWithAsync(TestTenant store, string sku)
    {
        var shopper = new ShopperSession(store);
        await shopper.CartAsync(new Dictionary<string, string> { ["action"] = "add", ["sku"] = sku, ["quantity"] = "1" });
        return await HtmlPage.GetAsync(shopper.Client, "cart");
    }
}

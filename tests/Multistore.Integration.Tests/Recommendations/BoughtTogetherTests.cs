using Microsoft.Extensions.DependencyInjection;
using Multistore.Background;
using Multistore.Commerce;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Modules;
using Multistore.Recommendations.Services;

namespace Multistore.Integration.Tests.Recommendations;

public sealed class BoughtTogetherTests
{
    [Fact]
    public async Task ProductsBoughtTogetherInTwoOrdersAreRecommendedTogether()
    {
        var store = await RecommendationStore.CreateAsync();

        await store.PlaceOrderAsync("LAMP", "SHADE");
        var afterOne = await ForProductAsync(store, "LAMP");
        await store.PlaceOrderAsync("LAMP", "SHADE", "BULB");
        var page = await HtmlPage.GetAsync(store.CreateClient(), "products/stehlampe");
        var cart = await ForCartAsync(store, "BULB");

        Assert.DoesNotContain(RecommendationReason.BoughtTogether, afterOne.Select(r => r.Reason));
        Assert.Equal(["Lampenschirm"], page.Recommended("bought-together"));
        Assert.Equal("Häufig zusammen gekauft", page.Text("[data-recommendations='bought-together'] h2"));
        Assert.Equal(["Glühbirne", "Lesesessel"], page.Recommended("also-like").Order());
        Assert.DoesNotContain(RecommendationReason.BoughtTogether, cart.Select(r => r.Reason));
    }

    [Fact]
    public async Task OneStoresOrdersNeverInfluenceAnothers()
    {
        var store = await RecommendationStore.CreateAsync();
        var other = await RecommendationStore.CreateAsync();

        await store.PlaceOrderAsync("LAMP", "CHAIR");
        await store.PlaceOrderAsync("LAMP", "CHAIR");
        var mine = await HtmlPage.GetAsync(store.CreateClient(), "products/stehlampe");
        var theirs = await HtmlPage.GetAsync(other.CreateClient(), "products/stehlampe");

        Assert.Equal(["Lesesessel"], mine.Recommended("bought-together"));
        Assert.Empty(theirs.Recommended("bought-together"));
        Assert.Equal(3, theirs.Recommended("also-like").Count);
    }

    [Fact]
    public async Task SoldOutProductIsNotRecommendedEvenWhenBoughtTogether()
    {
        var store = await RecommendationStore.CreateAsync();
        await store.PlaceOrderAsync("LAMP", "BULB");
        await store.PlaceOrderAsync("LAMP", "BULB");
        await using (var scope = await store.ScopeAsync())
        {
            var stock = scope.ServiceProvider.GetRequiredService<Multistore.Inventory.Services.IStockService>();
            await stock.AdjustAsync("BULB", "main", -98, Multistore.Inventory.Domain.StockMovementReason.Adjusted, "Bruch", CancellationToken.None);
        }

        var recommended = await ForProductAsync(store, "LAMP");

        Assert.NotEmpty(recommended);
        Assert.DoesNotContain(await ProductIdAsync(store, "BULB"), recommended.Select(r => r.ProductId));
    }

    [Fact]
    public async Task RebuildLearnsFromOrdersPlacedBeforeTheFeatureWasOn()
    {
        var store = await RecommendationStore.CreateAsync(recommendations: false);
        await store.PlaceOrderAsync("SHADE", "BULB");
        await store.PlaceOrderAsync("SHADE", "BULB");
        await using (var scope = await store.ScopeAsync())
        {
            await scope.ServiceProvider.GetRequiredService<ITenantFeatures>().EnableAsync(store.Name, ["Multistore.Recommendations"], CancellationToken.None);
        }

        await using (var scope = await store.ScopeAsync())
        {
            var rebuild = scope.ServiceProvider.GetRequiredService<BoughtTogetherRebuild>();
            await rebuild.RunAsync(new BackgroundTaskContext(scope.ServiceProvider, DateTimeOffset.UtcNow.AddHours(7)), CancellationToken.None);
        }

        var page = await HtmlPage.GetAsync(store.CreateClient(), "products/lampenschirm");

        Assert.Equal(["Glühbirne"], page.Recommended("bought-together"));
    }

    private static async Task<IReadOnlyList<RecommendedProduct>> ForProductAsync(TestTenant store, string sku)
    {
        var id = await ProductIdAsync(store, sku);
        await using var scope = await store.ScopeAsync();
        return await scope.ServiceProvider.GetRequiredService<IProductRecommendations>().ForProductAsync(id, "de-DE", 4, CancellationToken.None);
    }

    private static async Task<IReadOnlyList<RecommendedProduct>> ForCartAsync(TestTenant store, params string[] skus)
    {
        await using var scope = await store.ScopeAsync();
        return await scope.ServiceProvider.GetRequiredService<IProductRecommendations>().ForCartAsync(skus, "de-DE", 4, CancellationToken.None);
    }

    private static async Task<Guid> ProductIdAsync(TestTenant store, string sku)
    {
        await using var scope = await store.ScopeAsync();
        var found = await scope.ServiceProvider.GetRequiredService<Multistore.Catalog.Services.IProductCatalog>().FindSkusAsync([sku], "de-DE", CancellationToken.None);
        return found[sku].ProductId;
    }
}

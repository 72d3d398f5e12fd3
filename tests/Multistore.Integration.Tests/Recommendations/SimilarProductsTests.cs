using Microsoft.Extensions.DependencyInjection;
using Multistore.Catalog.Services;
using Multistore.Commerce;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.Recommendations;

public sealed class SimilarProductsTests
{
    [Fact]
    public async Task ProductsWhoseTextIsAlikeComeBeforeThePopularOnes()
    {
        var store = await RecommendationStore.CreateAsync(search: true);

        var recommended = await SimilarForLampAsync(store);
        var page = await HtmlPage.GetAsync(store.CreateClient(), "products/stehlampe");

        Assert.Equal(["Glühbirne", "Lampenschirm"], recommended.Where(r => r.Reason == RecommendationReason.Similar).Select(r => r.Name).Order());
        Assert.Equal(("Lesesessel", RecommendationReason.Popular), recommended[^1]);
        Assert.Equal(recommended.Select(r => r.Name), page.Recommended("also-like"));
    }

    [Fact]
    public async Task SimilarNeverAnswersWithTheProductItselfOrOneUnavailable()
    {
        var store = await RecommendationStore.CreateAsync(search: true);
        await SimilarForLampAsync(store);

        await using var scope = await store.ScopeAsync();
        var catalog = scope.ServiceProvider.GetRequiredService<IProductCatalog>();
        var skus = await catalog.FindSkusAsync(["LAMP", "SOLDOUT", "NOPRICE"], "de-DE", CancellationToken.None);
        var similar = await scope.ServiceProvider.GetRequiredService<ISimilarProducts>().LikeAsync([skus["LAMP"].ProductId], "de-DE", 10, CancellationToken.None);
        var recommended = await scope.ServiceProvider.GetRequiredService<IProductRecommendations>().ForProductAsync(skus["LAMP"].ProductId, "de-DE", 10, CancellationToken.None);

        Assert.DoesNotContain(skus["LAMP"].ProductId, similar);
        Assert.DoesNotContain(recommended, r => r.ProductId == skus["SOLDOUT"].ProductId || r.ProductId == skus["NOPRICE"].ProductId || r.ProductId == skus["LAMP"].ProductId);
    }

    /// <summary>The lamp's recommendations once the search index has been built (in the background), with product names.</summary>
    private static async Task<IReadOnlyList<(string Name, RecommendationReason Reason)>> SimilarForLampAsync(TestTenant store)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            await using var scope = await store.ScopeAsync();
            var catalog = scope.ServiceProvider.GetRequiredService<IProductCatalog>();
            var lamp = (await catalog.FindSkusAsync(["LAMP"], "de-DE", CancellationToken.None))["LAMP"].ProductId;
            var recommended = await scope.ServiceProvider.GetRequiredService<IProductRecommendations>().ForProductAsync(lamp, "de-DE", 4, CancellationToken.None);
            if (recommended.Any(r => r.Reason == RecommendationReason.Similar) || DateTime.UtcNow > deadline)
            {
                var feed = await scope.ServiceProvider.GetRequiredService<ICatalogFeed>().LoadAsync([.. recommended.Select(r => r.ProductId)], CancellationToken.None);
                var names = feed.ToDictionary(p => p.Id, p => p.Texts["de-DE"].Name);
                return [.. recommended.Select(r => (names[r.ProductId], r.Reason))];
            }

            await Task.Delay(100);
        }
    }
}

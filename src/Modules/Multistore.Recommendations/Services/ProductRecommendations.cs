using Multistore.Commerce;

namespace Multistore.Recommendations.Services;

/// <summary>
/// Bought together first (this store's orders), then alike (the search index in the page's culture), then popular,
/// keeping only products a shopper can buy here now and never the ones asked about.
/// </summary>
internal sealed class ProductRecommendations(
    BoughtTogetherCounts counts, IEnumerable<ISimilarProducts> similar, PopularProducts popular, RecommendableProducts recommendable, SkuProducts skuProducts)
    : IProductRecommendations
{
    public const int MaxCount = 24;

    /// <summary>Candidates asked of each source per product wanted, as some are dropped (no stock, no price).</summary>
    private const int Headroom = 3;

    public Task<IReadOnlyList<RecommendedProduct>> ForProductAsync(Guid productId, string culture, int count, CancellationToken cancellationToken) =>
        RecommendAsync([productId], culture, count, cancellationToken);

    public async Task<IReadOnlyList<RecommendedProduct>> ForCartAsync(IReadOnlyCollection<string> skus, string culture, int count, CancellationToken cancellationToken) =>
        await RecommendAsync(await skuProducts.ProductsOfAsync(skus, cancellationToken), culture, count, cancellationToken);

    private async Task<IReadOnlyList<RecommendedProduct>> RecommendAsync(IReadOnlyList<Guid> asked, string culture, int count, CancellationToken cancellationToken)
    {
        count = Math.Clamp(count, 0, MaxCount);
        var picked = new Picked(asked, count);
        var wanted = count * Headroom;
        if (asked.Count > 0 && !picked.IsFull)
        {
            picked.Add(await recommendable.KeepAsync(picked.New(await counts.TogetherWithAsync(asked, wanted, cancellationToken)), cancellationToken), RecommendationReason.BoughtTogether);
        }

        if (asked.Count > 0 && !picked.IsFull && similar.FirstOrDefault() is { } index)
        {
            picked.Add(await recommendable.KeepAsync(picked.New(await index.LikeAsync(asked, culture, wanted, cancellationToken)), cancellationToken), RecommendationReason.Similar);
        }

        if (!picked.IsFull)
        {
            picked.Add(await recommendable.KeepAsync(picked.New(await popular.CandidatesAsync(culture, wanted + asked.Count, cancellationToken)), cancellationToken), RecommendationReason.Popular);
        }

        return picked.Items;
    }

    /// <summary>The list being filled: at most the count asked, each product once, never one asked about.</summary>
    private sealed class Picked(IReadOnlyList<Guid> asked, int count)
    {
        private readonly HashSet<Guid> _seen = [.. asked];
        private readonly List<RecommendedProduct> _items = [];

        public bool IsFull => _items.Count >= count;

        public IReadOnlyList<RecommendedProduct> Items => _items;

        public IReadOnlyList<Guid> New(IReadOnlyList<Guid> candidates) => [.. candidates.Where(c => !_seen.Contains(c)).Distinct()];

        public void Add(IEnumerable<Catalog.Services.IndexableProduct> products, RecommendationReason reason)
        {
            foreach (var product in products.TakeWhile(_ => !IsFull))
            {
                if (_seen.Add(product.Id))
                {
                    _items.Add(new RecommendedProduct(product.Id, reason));
                }
            }
        }
    }
}

using Multistore.Catalog.Services;
using Multistore.Commerce;

namespace Multistore.Recommendations.Services;

/// <summary>
/// The fallback when nothing is bought together or alike: the store's best sellers, then its newest products (from
/// the search index when Search is on, else the catalog's own order), so a new store still recommends something.
/// </summary>
internal sealed class PopularProducts(BoughtTogetherCounts counts, IEnumerable<ISimilarProducts> index, IProductCatalog catalog)
{
    public async Task<IReadOnlyList<Guid>> CandidatesAsync(string culture, int take, CancellationToken cancellationToken)
    {
        var best = await counts.BestSellersAsync(take, cancellationToken);
        if (best.Count >= take)
        {
            return best;
        }

        var newest = index.FirstOrDefault() is { } search
            ? await search.NewestAsync(culture, take, cancellationToken)
            : [.. (await catalog.ListActiveAsync(culture, 0, take, cancellationToken)).Select(p => p.Id)];
        return [.. best.Concat(newest).Distinct()];
    }
}

using System.Globalization;
using Microsoft.Extensions.Options;
using Multistore.Catalog.Services;

namespace Multistore.Commerce.Testing;

/// <summary>A recommender whose answer a test sets: the products of the listed SKUs, never the one asked about.</summary>
public sealed class FixedRecommendations(IProductCatalog catalog, IOptions<FixedRecommendationSettings> settings) : IProductRecommendations
{
    public Task<IReadOnlyList<RecommendedProduct>> ForProductAsync(Guid productId, string culture, int count, CancellationToken cancellationToken) =>
        RecommendAsync(id => id != productId, count, cancellationToken);

    public Task<IReadOnlyList<RecommendedProduct>> ForCartAsync(IReadOnlyCollection<string> skus, string culture, int count, CancellationToken cancellationToken) =>
        RecommendAsync(_ => true, count, cancellationToken);

    private async Task<IReadOnlyList<RecommendedProduct>> RecommendAsync(Func<Guid, bool> wanted, int count, CancellationToken cancellationToken)
    {
        var skus = settings.Value.Skus;
        var found = await catalog.FindSkusAsync(skus, CultureInfo.InvariantCulture.Name, cancellationToken);
        return [.. skus.Where(found.ContainsKey).Select(s => found[s].ProductId).Distinct().Where(wanted).Take(count)
            .Select(id => new RecommendedProduct(id, RecommendationReason.Similar))];
    }
}

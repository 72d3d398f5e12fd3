using Microsoft.Extensions.Options;
using Multistore.Catalog.Services;
using Multistore.Settings;

namespace Multistore.Recommendations.Services;

/// <summary>The products SKUs (products or their variants) belong to; SKUs the catalog no longer has are left out.</summary>
internal sealed class SkuProducts(IProductCatalog catalog, IOptions<SiteSettings> site)
{
    public async Task<IReadOnlyDictionary<string, Guid>> OfAsync(IReadOnlyCollection<string> skus, CancellationToken cancellationToken)
    {
        if (skus.Count == 0)
        {
            return new Dictionary<string, Guid>();
        }

        var found = await catalog.FindSkusAsync([.. skus.Distinct(StringComparer.OrdinalIgnoreCase)], site.Value.DefaultCulture, cancellationToken);
        return found.ToDictionary(f => f.Key, f => f.Value.ProductId, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The distinct products of <paramref name="skus"/>, in the order their SKUs come.</summary>
    public async Task<IReadOnlyList<Guid>> ProductsOfAsync(IReadOnlyCollection<string> skus, CancellationToken cancellationToken)
    {
        var map = await OfAsync(skus, cancellationToken);
        return [.. skus.Select(s => map.TryGetValue(s, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).Distinct()];
    }
}

namespace Multistore.Catalog.Services;

/// <summary>What other modules and pages may ask of the catalog.</summary>
public interface IProductCatalog
{
    Task<IReadOnlyList<ProductSummary>> ListActiveAsync(string culture, int skip, int take, CancellationToken cancellationToken);

    Task<ProductSummary?> FindBySlugAsync(string culture, string slug, CancellationToken cancellationToken);

    /// <summary>The SKUs found among <paramref name="skus"/>, keyed by SKU (case-insensitive); unknown ones are absent.</summary>
    Task<IReadOnlyDictionary<string, SkuInfo>> FindSkusAsync(IReadOnlyCollection<string> skus, string culture, CancellationToken cancellationToken);
}

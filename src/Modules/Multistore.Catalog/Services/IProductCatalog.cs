namespace Multistore.Catalog.Services;

/// <summary>What other modules and pages may ask of the catalog. Texts fall back to the store's default culture.</summary>
public interface IProductCatalog
{
    Task<IReadOnlyList<ProductSummary>> ListActiveAsync(string culture, int skip, int take, CancellationToken cancellationToken);

    /// <summary>A page of active products with their variants, paged and counted in the database (cached until the catalog changes).</summary>
    Task<CatalogPage> PageActiveAsync(CatalogPageQuery query, CancellationToken cancellationToken);

    /// <summary>The active products among <paramref name="ids"/>, in the order asked; unknown or inactive ones are left out.</summary>
    Task<IReadOnlyList<ListedProduct>> ListActiveAsync(IReadOnlyList<Guid> ids, string culture, CancellationToken cancellationToken);

    Task<ProductSummary?> FindBySlugAsync(string culture, string slug, CancellationToken cancellationToken);

    /// <summary>
    /// The SKUs found among <paramref name="skus"/> (products and variants), keyed by SKU (case-insensitive);
    /// unknown ones are absent.
    /// </summary>
    Task<IReadOnlyDictionary<string, SkuInfo>> FindSkusAsync(IReadOnlyCollection<string> skus, string culture, CancellationToken cancellationToken);

    /// <summary>An active product with its options, variants, attributes and categories, by its slug in any culture.</summary>
    Task<ProductDetail?> GetDetailAsync(string culture, string slug, CancellationToken cancellationToken);

    /// <summary>The category tree, flat in display order (parents before children).</summary>
    Task<IReadOnlyList<CategoryNode>> ListCategoriesAsync(string culture, CancellationToken cancellationToken);

    /// <summary>The labels of attribute and option names and values in every culture (cached until the catalog changes).</summary>
    Task<AttributeLabels> AttributeLabelsAsync(CancellationToken cancellationToken);
}

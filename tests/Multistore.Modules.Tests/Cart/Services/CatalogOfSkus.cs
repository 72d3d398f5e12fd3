using Multistore.Catalog.Services;

namespace Multistore.Modules.Tests.Cart.Services;

/// <summary>The catalog as the cart sees it: the SKUs it sells. The cart asks nothing else of the catalog.</summary>
public sealed class CatalogOfSkus(params SkuInfo[] skus) : IProductCatalog
{
    private readonly Dictionary<string, SkuInfo> _skus = skus.ToDictionary(s => s.Sku, StringComparer.OrdinalIgnoreCase);

    public Task<IReadOnlyDictionary<string, SkuInfo>> FindSkusAsync(IReadOnlyCollection<string> skus, string culture, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<string, SkuInfo>>(skus.Where(_skus.ContainsKey).Distinct(StringComparer.OrdinalIgnoreCase)
            .ToDictionary(s => s, s => _skus[s], StringComparer.OrdinalIgnoreCase));

    public Task<IReadOnlyList<ProductSummary>> ListActiveAsync(string culture, int skip, int take, CancellationToken cancellationToken) => throw Unused();

    public Task<CatalogPage> PageActiveAsync(CatalogPageQuery query, CancellationToken cancellationToken) => throw Unused();

    public Task<IReadOnlyList<ListedProduct>> ListActiveAsync(IReadOnlyList<Guid> ids, string culture, CancellationToken cancellationToken) => throw Unused();

    public Task<ProductSummary?> FindBySlugAsync(string culture, string slug, CancellationToken cancellationToken) => throw Unused();

    public Task<ProductDetail?> GetDetailAsync(string culture, string slug, CancellationToken cancellationToken) => throw Unused();

    public Task<IReadOnlyList<CategoryNode>> ListCategoriesAsync(string culture, CancellationToken cancellationToken) => throw Unused();

    public Task<AttributeLabels> AttributeLabelsAsync(CancellationToken cancellationToken) => throw Unused();

    private static NotSupportedException Unused() => new("Pricing a cart reads SKUs only.");
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Multistore.Catalog.Domain;
using Multistore.Settings;

namespace Multistore.Catalog.Services;

public sealed class ProductCatalog(CatalogDbContext db, IOptions<SiteSettings> site) : IProductCatalog
{
    public async Task<IReadOnlyList<ProductSummary>> ListActiveAsync(string culture, int skip, int take, CancellationToken cancellationToken)
    {
        var products = await db.Products.AsNoTracking()
            .Include(p => p.Translations)
            .Where(p => p.Status == ProductStatus.Active)
            .OrderBy(p => p.SortOrder).ThenBy(p => p.Sku)
            .Skip(skip).Take(take)
            .ToListAsync(cancellationToken);
        return [.. products.Select(p => Summary(p, culture)).OfType<ProductSummary>()];
    }

    public async Task<ProductSummary?> FindBySlugAsync(string culture, string slug, CancellationToken cancellationToken)
    {
        var product = await db.Products.AsNoTracking()
            .Include(p => p.Translations)
            .Where(p => p.Status == ProductStatus.Active && p.Translations.Any(t => t.Slug == slug))
            .FirstOrDefaultAsync(cancellationToken);
        return product is null ? null : Summary(product, culture);
    }

    public async Task<IReadOnlyDictionary<string, SkuInfo>> FindSkusAsync(IReadOnlyCollection<string> skus, string culture, CancellationToken cancellationToken)
    {
        var products = await db.Products.AsNoTracking().Include(p => p.Translations)
            .Where(p => skus.Contains(p.Sku))
            .ToListAsync(cancellationToken);
        return products.ToDictionary(
            p => p.Sku,
            p =>
            {
                var text = p.TranslationFor(culture, site.Value.DefaultCulture);
                return new SkuInfo(p.Sku, p.Id, text?.Name ?? p.Sku, null, text?.Slug ?? "", 0m, "standard", p.Status == ProductStatus.Active);
            },
            StringComparer.OrdinalIgnoreCase);
    }

    private ProductSummary? Summary(Product product, string culture)
    {
        var text = product.TranslationFor(culture, site.Value.DefaultCulture);
        return text is null ? null : new ProductSummary(product.Id, product.Sku, text.Name, text.Slug, text.Description);
    }
}

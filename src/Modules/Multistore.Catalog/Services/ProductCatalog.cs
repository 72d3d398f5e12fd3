using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Multistore.Catalog.Domain;
using Multistore.Settings;

namespace Multistore.Catalog.Services;

internal sealed class ProductCatalog(CatalogDbContext db, CategoryTree categories, CatalogReadCache cache, CatalogPageReader pages, IOptions<SiteSettings> site) : IProductCatalog
{
    private string DefaultCulture => site.Value.DefaultCulture;

    public async Task<IReadOnlyList<ProductSummary>> ListActiveAsync(string culture, int skip, int take, CancellationToken cancellationToken) =>
        (await cache.GetOrLoadAsync($"active:{culture}:{skip}:{take}", () => LoadActiveAsync(culture, skip, take, cancellationToken), cancellationToken))!;

    private async Task<IReadOnlyList<ProductSummary>?> LoadActiveAsync(string culture, int skip, int take, CancellationToken cancellationToken)
    {
        var products = await db.Products.AsNoTracking()
            .Include(p => p.Translations)
            .Where(p => p.Status == ProductStatus.Active)
            .OrderBy(p => p.SortOrder).ThenBy(p => p.Sku)
            .Skip(skip).Take(take)
            .ToListAsync(cancellationToken);
        return [.. products.Select(p => Summary(p, culture)).OfType<ProductSummary>()];
    }

    public Task<CatalogPage> PageActiveAsync(CatalogPageQuery query, CancellationToken cancellationToken) =>
        pages.PageAsync(query, cancellationToken);

    public Task<IReadOnlyList<ListedProduct>> ListActiveAsync(IReadOnlyList<Guid> ids, string culture, CancellationToken cancellationToken) =>
        pages.ListAsync(ids, culture, cancellationToken);

    public async Task<ProductSummary?> FindBySlugAsync(string culture, string slug, CancellationToken cancellationToken)
    {
        var product = await FindActiveAsync(culture, slug, db.Products.AsNoTracking().Include(p => p.Translations), cancellationToken);
        return product is null ? null : Summary(product, culture);
    }

    public async Task<IReadOnlyDictionary<string, SkuInfo>> FindSkusAsync(IReadOnlyCollection<string> skus, string culture, CancellationToken cancellationToken)
    {
        var products = await db.Products.AsNoTracking().Include(p => p.Translations).Include(p => p.Variants).Include(p => p.Options)
            .Where(p => skus.Contains(p.Sku) || p.Variants.Any(v => skus.Contains(v.Sku)))
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var labels = products.Any(p => p.Variants.Count > 0) ? await AttributeLabelsAsync(cancellationToken) : AttributeLabels.None;
        var result = new Dictionary<string, SkuInfo>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in products)
        {
            var text = p.TranslationFor(culture, DefaultCulture);
            var active = p.Status == ProductStatus.Active;
            result[p.Sku] = new SkuInfo(p.Sku, p.Id, text?.Name ?? p.Sku, null, text?.Slug ?? "", p.WeightKg, p.TaxClass, active, IsSellable: p.Variants.Count == 0);
            foreach (var v in p.Variants)
            {
                result[v.Sku] = new SkuInfo(v.Sku, p.Id, text?.Name ?? p.Sku, VariantName(p, v, labels, culture), text?.Slug ?? "", v.WeightKg ?? p.WeightKg, p.TaxClass, active);
            }
        }

        var wanted = new HashSet<string>(skus, StringComparer.OrdinalIgnoreCase);
        return result.Where(r => wanted.Contains(r.Key)).ToDictionary(r => r.Key, r => r.Value, StringComparer.OrdinalIgnoreCase);
    }

    public Task<ProductDetail?> GetDetailAsync(string culture, string slug, CancellationToken cancellationToken) =>
        cache.GetOrLoadAsync($"product:{culture}:{slug}", () => LoadDetailAsync(culture, slug, cancellationToken), cancellationToken);

    private async Task<ProductDetail?> LoadDetailAsync(string culture, string slug, CancellationToken cancellationToken)
    {
        var query = db.Products.AsNoTracking().Include(p => p.Translations).Include(p => p.Options).Include(p => p.Variants)
            .Include(p => p.Attributes).Include(p => p.Categories).AsSplitQuery();
        var product = await FindActiveAsync(culture, slug, query, cancellationToken);
        if (product is null)
        {
            return null;
        }

        var text = product.TranslationFor(culture, DefaultCulture)!;
        var tree = await categories.LoadAsync(culture, cancellationToken);
        var linked = product.Categories.Select(c => c.CategoryId).ToHashSet();
        return new ProductDetail(
            product.Id, product.Sku, text.Name, text.Slug, text.Description, text.SeoTitle ?? text.Name, text.SeoDescription ?? "",
            product.WeightKg, product.TaxClass,
            [.. product.Options.OrderBy(o => o.Position).Select(o => o.Name)],
            [.. product.Variants.OrderBy(v => v.Position).Select(v => new VariantDetail(v.Sku, v.Values, v.DisplayName, v.WeightKg ?? product.WeightKg))],
            product.Attributes.ToDictionary(a => a.Name, a => a.Value, StringComparer.OrdinalIgnoreCase),
            [.. tree.Where(n => linked.Contains(n.Id))]);
    }

    public Task<IReadOnlyList<CategoryNode>> ListCategoriesAsync(string culture, CancellationToken cancellationToken) =>
        categories.LoadAsync(culture, cancellationToken);

    public async Task<AttributeLabels> AttributeLabelsAsync(CancellationToken cancellationToken) =>
        (await cache.GetOrLoadAsync("attribute-labels", async () => new AttributeLabels(await db.AttributeLabels.AsNoTracking().ToListAsync(cancellationToken)), cancellationToken))!;

    /// <summary>By the slug in the shopper's culture first, then in any culture (a link shared from another language).</summary>
    private static async Task<Product?> FindActiveAsync(string culture, string slug, IQueryable<Product> query, CancellationToken cancellationToken)
    {
        var active = query.Where(p => p.Status == ProductStatus.Active);
        return await active.FirstOrDefaultAsync(p => p.Translations.Any(t => t.Culture == culture && t.Slug == slug), cancellationToken)
            ?? await active.FirstOrDefaultAsync(p => p.Translations.Any(t => t.Slug == slug), cancellationToken);
    }

    /// <summary>"M / Rot": the variant's values labelled in <paramref name="culture"/>.</summary>
    private string VariantName(Product product, ProductVariant variant, AttributeLabels labels, string culture)
    {
        var options = product.Options.OrderBy(o => o.Position).Select(o => o.Name).ToList();
        return string.Join(" / ", variant.Values.Select((value, i) => i < options.Count ? labels.ValueIn(options[i], value, culture, DefaultCulture) : value));
    }

    private ProductSummary? Summary(Product product, string culture)
    {
        var text = product.TranslationFor(culture, DefaultCulture);
        return text is null ? null : new ProductSummary(product.Id, product.Sku, text.Name, text.Slug, text.Description);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Multistore.Catalog.Domain;
using Multistore.Settings;

namespace Multistore.Catalog.Admin;

/// <summary>The editors' product list: text search over SKU and names, status and category filters (with subcategories), pages of 50.</summary>
internal sealed class ProductAdminQuery(CatalogDbContext db, IOptions<SiteSettings> site)
{
    public const int PageSize = 50;

    public async Task<(IReadOnlyList<ProductRow> Rows, int Total)> ListAsync(string? text, string? status, string? category, int page, CancellationToken cancellationToken)
    {
        var query = db.Products.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(text))
        {
            var pattern = $"%{text.Trim().Replace("%", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal)}%";
            query = query.Where(p => EF.Functions.Like(p.Sku, pattern) || p.Translations.Any(t => EF.Functions.Like(t.Name, pattern))
                || p.Variants.Any(v => EF.Functions.Like(v.Sku, pattern)));
        }

        if (Enum.TryParse<ProductStatus>(status, ignoreCase: true, out var wanted))
        {
            query = query.Where(p => p.Status == wanted);
        }

        if (!string.IsNullOrWhiteSpace(category))
        {
            var ids = await SubtreeAsync(category, cancellationToken);
            query = query.Where(p => p.Categories.Any(c => ids.Contains(c.CategoryId)));
        }

        var total = await query.CountAsync(cancellationToken);
        var products = await query.OrderBy(p => p.Sku).Skip((Math.Max(1, page) - 1) * PageSize).Take(PageSize)
            .Include(p => p.Translations).Include(p => p.Variants).AsSplitQuery().ToListAsync(cancellationToken);
        var culture = site.Value.DefaultCulture;
        return ([.. products.Select(p =>
        {
            var text = p.TranslationFor(culture, culture);
            return new ProductRow(p.Id, p.Sku, text?.Name ?? p.Sku, p.Status.ToString(), p.Variants.Count, text?.Slug ?? "", p.UpdatedUtc);
        })], total);
    }

    private async Task<List<Guid>> SubtreeAsync(string key, CancellationToken cancellationToken)
    {
        var all = await db.Categories.AsNoTracking().Select(c => new { c.Id, c.Key, c.ParentId }).ToListAsync(cancellationToken);
        var result = all.Where(c => string.Equals(c.Key, key, StringComparison.OrdinalIgnoreCase)).Select(c => c.Id).ToList();
        for (var i = 0; i < result.Count; i++)
        {
            result.AddRange(all.Where(c => c.ParentId == result[i]).Select(c => c.Id));
        }

        return result;
    }
}

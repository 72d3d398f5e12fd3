using System.Diagnostics.CodeAnalysis;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Multistore.Catalog.Domain;
using Multistore.Localization;
using Multistore.Settings;

namespace Multistore.Catalog.Services;

/// <summary>
/// Pages of the active catalog with their variants, filtered, counted and paged in the database so that a page of a
/// large catalog costs what a page of a small one does; each page is kept until the catalog changes.
/// </summary>
internal sealed class CatalogPageReader(CatalogDbContext db, CatalogReadCache cache, IOptions<SiteSettings> site)
{
    private string DefaultCulture => site.Value.DefaultCulture;

    public async Task<CatalogPage> PageAsync(CatalogPageQuery query, CancellationToken cancellationToken)
    {
        var text = string.IsNullOrWhiteSpace(query.Text) ? null : query.Text.Trim().ToLowerInvariant();
        var category = string.IsNullOrWhiteSpace(query.Category) ? null : query.Category.Trim();
        return (await cache.GetOrLoadAsync($"page:{query.Culture}:{query.Skip}:{query.Take}:{category}:{text}",
            () => LoadPageAsync(query with { Text = text, Category = category }, cancellationToken), cancellationToken))!;
    }

    public async Task<IReadOnlyList<ListedProduct>> ListAsync(IReadOnlyList<Guid> ids, string culture, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var products = await WithVariants(Listable().Where(p => ids.Contains(p.Id))).ToListAsync(cancellationToken);
        var byId = products.ToDictionary(p => p.Id);
        return [.. ids.Distinct().Where(byId.ContainsKey).Select(id => Listed(byId[id], culture))];
    }

    [SuppressMessage("Globalization", "CA1304", Justification = "Translated to SQL lower(); no .NET culture is involved.")]
    [SuppressMessage("Globalization", "CA1311", Justification = "Translated to SQL lower(); no .NET culture is involved.")]
    private async Task<CatalogPage?> LoadPageAsync(CatalogPageQuery query, CancellationToken cancellationToken)
    {
        var (culture, text, skip, take) = (query.Culture, query.Text, query.Skip, query.Take);
        var matching = Listable();
        if (query.Category is not null)
        {
            var placed = await CategoryWithDescendantsAsync(query.Category, cancellationToken);
            matching = matching.Where(p => p.Categories.Any(c => placed.Contains(c.CategoryId)));
        }

        if (text is not null)
        {
            // Lowered in SQL on both sides (LIKE is case-sensitive on PostgreSQL); SQLite's lower() folds ASCII letters only.
            var pattern = "%" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            var languages = new[] { CultureFallback.LanguageOf(culture), CultureFallback.LanguageOf(DefaultCulture) }.Distinct().ToArray();
            var (first, second) = (languages[0] + "-%", languages[^1] + "-%");
            matching = matching.Where(p => EF.Functions.Like(p.Sku.ToLower(), pattern, "\\")
                || p.Variants.Any(v => EF.Functions.Like(v.Sku.ToLower(), pattern, "\\"))
                || p.Translations.Any(t => (languages.Contains(t.Culture) || EF.Functions.Like(t.Culture, first) || EF.Functions.Like(t.Culture, second))
                    && (EF.Functions.Like(t.Name.ToLower(), pattern, "\\") || EF.Functions.Like(t.Description.ToLower(), pattern, "\\"))));
        }

        var total = await matching.CountAsync(cancellationToken);
        var page = total <= skip ? [] : await WithVariants(matching.OrderBy(p => p.SortOrder).ThenBy(p => p.Sku).Skip(skip).Take(take)).ToListAsync(cancellationToken);
        return new CatalogPage([.. page.Select(p => Listed(p, culture))], total);
    }

    /// <summary>The ids of the category keyed <paramref name="key"/> (ignoring case) and of every category under it; none when there is no such category.</summary>
    private async Task<List<Guid>> CategoryWithDescendantsAsync(string key, CancellationToken cancellationToken)
    {
        var all = await db.Categories.AsNoTracking().Select(c => new { c.Id, c.Key, c.ParentId }).ToListAsync(cancellationToken);
        var children = all.ToLookup(c => c.ParentId);
        var found = new List<Guid>();
        var pending = new Stack<Guid>(all.Where(c => string.Equals(c.Key, key, StringComparison.OrdinalIgnoreCase)).Select(c => c.Id));
        while (pending.TryPop(out var id))
        {
            if (!found.Contains(id))
            {
                found.Add(id);
                foreach (var child in children[id])
                {
                    pending.Push(child.Id);
                }
            }
        }

        return found;
    }

    /// <summary>Active products with a text in some culture (one without any has nothing to show).</summary>
    private IQueryable<Product> Listable() =>
        db.Products.AsNoTracking().Where(p => p.Status == ProductStatus.Active && p.Translations.Any());

    private static IQueryable<Product> WithVariants(IQueryable<Product> products) =>
        products.Include(p => p.Translations).Include(p => p.Options).Include(p => p.Variants).AsSplitQuery();

    private ListedProduct Listed(Product product, string culture)
    {
        var text = product.TranslationFor(culture, DefaultCulture)!;
        return new ListedProduct(product.Id, product.Sku, text.Name, text.Slug, text.Description,
            [.. product.Options.OrderBy(o => o.Position).Select(o => o.Name)],
            [.. product.Variants.OrderBy(v => v.Position).Select(v => new VariantDetail(v.Sku, v.Values, v.DisplayName, v.WeightKg ?? product.WeightKg))]);
    }
}

using Microsoft.EntityFrameworkCore;
using Multistore.Catalog.Domain;

namespace Multistore.Catalog.Services;

/// <summary>The catalog feed over the Catalog module's own tables (see <see cref="ICatalogFeed"/>).</summary>
internal sealed class CatalogFeed(CatalogDbContext db) : ICatalogFeed
{
    public async Task<IReadOnlyList<CatalogFeedChange>> ReadChangesAsync(long afterSequence, int take, CancellationToken cancellationToken) =>
        await db.Changes.AsNoTracking().Where(c => c.Sequence > afterSequence).OrderBy(c => c.Sequence).Take(take)
            .Select(c => new CatalogFeedChange(c.Sequence) { Kind = c.Kind, Key = c.Key }).ToListAsync(cancellationToken);

    public async Task<long> LatestSequenceAsync(CancellationToken cancellationToken) =>
        await db.Changes.MaxAsync(c => (long?)c.Sequence, cancellationToken) ?? 0;

    public Task<int> CountProductsAsync(CancellationToken cancellationToken) => db.Products.CountAsync(cancellationToken);

    public async Task<IReadOnlyList<Guid>> ProductIdsAsync(int skip, int take, CancellationToken cancellationToken) =>
        await db.Products.AsNoTracking().OrderBy(p => p.Sku).Skip(skip).Take(take).Select(p => p.Id).ToListAsync(cancellationToken);

    /// <summary>The products a batch of changes touches: changed products, owners of repriced SKUs, products filed under changed categories.</summary>
    public async Task<IReadOnlyCollection<Guid>> AffectedProductsAsync(IReadOnlyList<CatalogFeedChange> changes, CancellationToken cancellationToken)
    {
        var ids = changes.Where(c => c.Kind == CatalogChangeKind.Product).Select(c => Guid.Parse(c.Key)).ToHashSet();
        var skus = changes.Where(c => c.Kind == CatalogChangeKind.Price).Select(c => c.Key).Distinct().ToList();
        if (skus.Count > 0)
        {
            ids.UnionWith(await db.Products.AsNoTracking().Where(p => skus.Contains(p.Sku)).Select(p => p.Id).ToListAsync(cancellationToken));
            ids.UnionWith(await db.ProductVariants.AsNoTracking().Where(v => skus.Contains(v.Sku)).Select(v => v.ProductId).ToListAsync(cancellationToken));
        }

        if (changes.Any(c => c.Kind == CatalogChangeKind.Attribute))
        {
            // Relabelled attributes change the facets of every product that has attributes.
            ids.UnionWith(await db.Set<ProductAttributeValue>().AsNoTracking().Select(a => a.ProductId).Distinct().ToListAsync(cancellationToken));
        }

        if (changes.Any(c => c.Kind == CatalogChangeKind.Category))
        {
            // A renamed or moved category changes every product below it; the tree is small, so take all linked products.
            ids.UnionWith(await db.Set<ProductCategory>().AsNoTracking().Select(l => l.ProductId).Distinct().ToListAsync(cancellationToken));
        }

        return ids;
    }

    public async Task<IReadOnlyList<IndexableProduct>> LoadAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var products = await db.Products.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Include(p => p.Translations).Include(p => p.Variants).Include(p => p.Attributes).Include(p => p.Categories)
            .AsSplitQuery().ToListAsync(cancellationToken);
        var categories = await db.Categories.AsNoTracking().Include(c => c.Translations).ToDictionaryAsync(c => c.Id, cancellationToken);
        var labels = new AttributeLabels(await db.AttributeLabels.AsNoTracking().ToListAsync(cancellationToken));
        return [.. products.Select(p => new IndexableProduct(
            p.Id, p.Sku, p.Status == ProductStatus.Active, p.CreatedUtc,
            p.Variants.Count > 0 ? [.. p.Variants.Select(v => v.Sku)] : [p.Sku],
            [.. p.Variants.OrderBy(v => v.Position).Select(v => v.Sku)],
            p.Translations.ToDictionary(t => t.Culture, t => new ProductText(t.Name, t.Slug, t.Description), StringComparer.OrdinalIgnoreCase),
            WithAncestors(p.Categories.Select(c => c.CategoryId), categories),
            p.Attributes.ToDictionary(a => a.Name, a => a.Value, StringComparer.OrdinalIgnoreCase)) { Labels = labels })];
    }

    private static List<IndexableCategory> WithAncestors(IEnumerable<Guid> linked, Dictionary<Guid, Category> all)
    {
        var seen = new HashSet<Guid>();
        var result = new List<IndexableCategory>();
        foreach (var start in linked)
        {
            for (Guid? id = start; id is { } at && all.TryGetValue(at, out var category) && seen.Add(at); id = category.ParentId)
            {
                result.Add(new IndexableCategory(category.Id, category.Key,
                    category.Translations.ToDictionary(t => t.Culture, t => t.Name, StringComparer.OrdinalIgnoreCase)));
            }
        }

        return result;
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Multistore.Settings;

namespace Multistore.Catalog.Services;

/// <summary>Loads the category tree in one culture, depth-first in sort order.</summary>
internal sealed class CategoryTree(CatalogDbContext db, CatalogReadCache cache, IOptions<SiteSettings> site)
{
    public async Task<IReadOnlyList<CategoryNode>> LoadAsync(string culture, CancellationToken cancellationToken) =>
        (await cache.GetOrLoadAsync<IReadOnlyList<CategoryNode>>($"categories:{culture}", () => ReadAsync(culture, cancellationToken), cancellationToken))!;

    private async Task<IReadOnlyList<CategoryNode>?> ReadAsync(string culture, CancellationToken cancellationToken)
    {
        var all = await db.Categories.AsNoTracking().Include(c => c.Translations).ToListAsync(cancellationToken);
        var byParent = all.ToLookup(c => c.ParentId);
        var result = new List<CategoryNode>(all.Count);
        void Walk(Guid? parent, int depth)
        {
            foreach (var category in byParent[parent].OrderBy(c => c.SortOrder).ThenBy(c => c.Key, StringComparer.Ordinal))
            {
                var text = category.TranslationFor(culture, site.Value.DefaultCulture);
                result.Add(new CategoryNode(category.Id, category.Key, category.ParentId, text?.Name ?? category.Key, text?.Slug ?? category.Key, depth));
                Walk(category.Id, depth + 1);
            }
        }

        Walk(null, 0);
        return result;
    }
}

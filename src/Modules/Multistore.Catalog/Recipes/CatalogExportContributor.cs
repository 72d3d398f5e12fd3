using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Multistore.Catalog.Editing;
using Multistore.Catalog.Import;
using Multistore.Recipes;

namespace Multistore.Catalog.Recipes;

/// <summary>
/// Adds the whole catalog to a tenant export with content: one <c>catalog</c> step with the category tree
/// (parents before children), the attribute labels and every product with its status, variants, attributes, texts per culture and images
/// (files base64-encoded, alt texts per culture),
/// in the shape <see cref="CatalogRecipeStep"/> reads back.
/// </summary>
internal sealed class CatalogExportContributor(CatalogDbContext db, CatalogExporter exporter, AttributeLabelWriter attributes) : IRecipeExportContributor
{
    public async Task ContributeAsync(RecipeExportContext context, CancellationToken cancellationToken)
    {
        if (!context.IncludeContent)
        {
            return;
        }

        var products = await exporter.ReadAllAsync(withImages: true, cancellationToken);
        var categories = await ReadCategoriesAsync(cancellationToken);
        var labels = await attributes.ReadAllAsync(cancellationToken);
        if (products.Count == 0 && categories.Count == 0 && labels.Count == 0)
        {
            return;
        }

        context.AddStep("catalog", new JsonObject
        {
            ["categories"] = JsonSerializer.SerializeToNode(categories, CatalogJson.Options),
            ["attributes"] = JsonSerializer.SerializeToNode(labels, CatalogJson.Options),
            ["products"] = JsonSerializer.SerializeToNode(products, CatalogJson.Options),
        });
    }

    private async Task<List<CategoryInput>> ReadCategoriesAsync(CancellationToken cancellationToken)
    {
        var all = await db.Categories.AsNoTracking().Include(c => c.Translations).ToListAsync(cancellationToken);
        var byParent = all.ToLookup(c => c.ParentId);
        var keys = all.ToDictionary(c => c.Id, c => c.Key);
        var result = new List<CategoryInput>(all.Count);
        var pending = new Queue<Guid?>([null]);
        while (pending.TryDequeue(out var parent))
        {
            foreach (var category in byParent[parent].OrderBy(c => c.SortOrder).ThenBy(c => c.Key, StringComparer.Ordinal))
            {
                result.Add(new CategoryInput
                {
                    Key = category.Key,
                    Parent = category.ParentId is { } id ? keys[id] : null,
                    SortOrder = category.SortOrder,
                    Names = category.Translations.ToDictionary(t => t.Culture, t => t.Name, StringComparer.OrdinalIgnoreCase),
                });
                pending.Enqueue(category.Id);
            }
        }

        return result;
    }
}

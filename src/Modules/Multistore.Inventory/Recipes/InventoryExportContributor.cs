using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Multistore.Recipes;

namespace Multistore.Inventory.Recipes;

/// <summary>
/// Adds the stock locations (code, name, kind, in priority order) to every export, and with content each location's
/// stock levels (on hand and low-stock threshold) and which SKUs sell on backorder (with their restock date), as an <c>inventory</c> step that <see cref="InventoryRecipeStep"/>
/// reads back. Reservations and the movement history stay behind: a clone starts with what was on hand.
/// </summary>
internal sealed class InventoryExportContributor(InventoryDbContext db) : IRecipeExportContributor
{
    public async Task ContributeAsync(RecipeExportContext context, CancellationToken cancellationToken)
    {
        var locations = await db.Locations.AsNoTracking().OrderBy(l => l.Priority).ThenBy(l => l.Code).ToListAsync(cancellationToken);
        if (locations.Count == 0)
        {
            return;
        }

        var levels = context.IncludeContent
            ? await db.Levels.AsNoTracking().OrderBy(l => l.Location).ThenBy(l => l.Sku).ToListAsync(cancellationToken)
            : [];
        var backorders = context.IncludeContent
            ? await db.Items.AsNoTracking().Where(i => i.AllowBackorder).ToDictionaryAsync(i => i.Sku, StringComparer.OrdinalIgnoreCase, cancellationToken)
            : [];
        var described = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        context.AddStep("inventory", new JsonObject
        {
            ["locations"] = new JsonArray([.. locations.Select(l => (JsonNode)new JsonObject { ["code"] = l.Code, ["name"] = l.Name, ["kind"] = l.Kind.ToString() })]),
            ["stock"] = new JsonArray([.. levels.Select(l =>
            {
                var entry = new JsonObject { ["sku"] = l.Sku, ["location"] = l.Location, ["onHand"] = l.OnHand, ["lowStock"] = l.LowStockThreshold };

                // Backorder is the SKU's, whatever the location: said once, on its first level.
                if (backorders.TryGetValue(l.Sku, out var item) && described.Add(l.Sku))
                {
                    entry["backorder"] = true;
                    if (item.RestockDate is { } date)
                    {
                        entry["restockDate"] = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                    }
                }

                return (JsonNode)entry;
            })]),
        });
    }
}

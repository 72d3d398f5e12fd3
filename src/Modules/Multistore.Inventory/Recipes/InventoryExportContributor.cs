using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Multistore.Recipes;

namespace Multistore.Inventory.Recipes;

/// <summary>
/// Adds the stock locations (code, name, kind, in priority order) to every export, and with content each location's
/// stock levels (on hand and low-stock threshold), as an <c>inventory</c> step that <see cref="InventoryRecipeStep"/>
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
        context.AddStep("inventory", new JsonObject
        {
            ["locations"] = new JsonArray([.. locations.Select(l => (JsonNode)new JsonObject { ["code"] = l.Code, ["name"] = l.Name, ["kind"] = l.Kind.ToString() })]),
            ["stock"] = new JsonArray([.. levels.Select(l => (JsonNode)new JsonObject
            {
                ["sku"] = l.Sku, ["location"] = l.Location, ["onHand"] = l.OnHand, ["lowStock"] = l.LowStockThreshold,
            })]),
        });
    }
}

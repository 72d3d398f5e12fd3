using Microsoft.EntityFrameworkCore;
using Multistore.Inventory.Domain;
using Multistore.Recipes;

namespace Multistore.Inventory.Recipes;

/// <summary>
/// <c>{ "name": "inventory", "locations": [ { "code": "main", "name": "Warehouse", "kind": "Warehouse" } ],
/// "stock": [ { "sku": "TEE-1", "location": "main", "onHand": 25, "lowStock": 5 } ] }</c>. On-hand is set to the
/// given quantity (the difference recorded as an adjustment); a location left out of <c>stock</c> is "main".
/// </summary>
internal sealed class InventoryRecipeStep(InventoryDbContext db) : IRecipeStep
{
    public const string DefaultLocation = "main";

    public string Name => "inventory";

    public void Validate(RecipeStepContext context)
    {
        var codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { DefaultLocation };
        foreach (var (index, location) in context.ReadArray(context.Step, "locations"))
        {
            var path = $"locations[{index}]";
            if (context.ReadString(location, "code", required: true, path: path) is { } code)
            {
                codes.Add(code);
            }

            if (context.ReadString(location, "kind", path: path) is { } kind && !Enum.TryParse<StockLocationKind>(kind, ignoreCase: true, out _))
            {
                context.AddError($"{path}.kind", $"'{kind}' is not a location kind (Warehouse, Store).");
            }
        }

        foreach (var (index, item) in context.ReadArray(context.Step, "stock", required: true))
        {
            var path = $"stock[{index}]";
            context.ReadString(item, "sku", required: true, path: path);
            if (context.ReadString(item, "location", path: path) is { } location && !codes.Contains(location))
            {
                context.AddError($"{path}.location", $"'{location}' is not a location of this step (add it to 'locations').");
            }

            if (context.ReadDecimal(item, "onHand", required: true, path: path) is { } onHand && (onHand < 0 || onHand != decimal.Truncate(onHand)))
            {
                context.AddError($"{path}.onHand", "must be a whole number, zero or more.");
            }

            if (context.ReadDecimal(item, "lowStock", path: path) is < 0)
            {
                context.AddError($"{path}.lowStock", "must not be negative.");
            }
        }
    }

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var locations = await db.Locations.ToDictionaryAsync(l => l.Code, StringComparer.OrdinalIgnoreCase, cancellationToken);
        var priority = locations.Count;
        foreach (var (_, item) in context.ReadArray(context.Step, "locations"))
        {
            var code = context.ReadString(item, "code")!;
            if (!locations.TryGetValue(code, out var location))
            {
                location = new StockLocation { Code = code, Priority = priority++ };
                locations[code] = location;
                db.Locations.Add(location);
            }

            location.Name = context.ReadString(item, "name") ?? code;
            location.Kind = context.ReadString(item, "kind") is { } kind ? Enum.Parse<StockLocationKind>(kind, ignoreCase: true) : location.Kind;
        }

        if (!locations.ContainsKey(DefaultLocation) && context.ReadArray(context.Step, "stock").Any(s => context.ReadString(s.Item, "location") is null))
        {
            db.Locations.Add(new StockLocation { Code = DefaultLocation, Name = "Warehouse", Priority = priority });
        }

        foreach (var (_, item) in context.ReadArray(context.Step, "stock"))
        {
            var sku = context.ReadString(item, "sku")!;
            var code = context.ReadString(item, "location") ?? DefaultLocation;
            var onHand = (int)context.ReadDecimal(item, "onHand")!.Value;
            var level = await db.Levels.SingleOrDefaultAsync(l => l.Sku == sku && l.Location == code, cancellationToken);
            if (level is null)
            {
                level = new StockLevel { Sku = sku, Location = code };
                db.Levels.Add(level);
            }

            db.Movements.Add(new StockMovement { Sku = sku, Location = code, Change = onHand - level.OnHand, Reason = StockMovementReason.Adjusted, Reference = "recipe" });
            level.OnHand = Math.Max(onHand, level.Reserved);
            level.LowStockThreshold = (int)(context.ReadDecimal(item, "lowStock") ?? level.LowStockThreshold);
            level.UpdatedUtc = DateTime.UtcNow;
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}

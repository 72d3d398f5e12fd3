using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Multistore.Inventory.Domain;
using Multistore.Recipes;

namespace Multistore.Inventory.Recipes;

/// <summary>
/// <c>{ "name": "inventory", "locations": [ { "code": "main", "name": "Warehouse", "kind": "Warehouse" } ],
/// "stock": [ { "sku": "TEE-1", "location": "main", "onHand": 25, "lowStock": 5, "backorder": true, "restockDate": "2027-01-15" } ] }</c>.
/// On-hand is set to the given quantity (the difference recorded as an adjustment); a location left out of <c>stock</c>
/// is "main". <c>backorder</c> (default false) sells the SKU beyond its stock, <c>restockDate</c> (ISO date, only with
/// backorder) is when such orders ship, or <c>restockInDays</c> that many days after the step runs (a demo or template
/// recipe whose date must not go stale); all are the SKU's, whatever the location, and set only where given.
/// </summary>
internal sealed class InventoryRecipeStep(InventoryDbContext db, TimeProvider time) : IRecipeStep
{
    public const string DefaultLocation = "main";
    private const int MaxRestockDays = 366;

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

            ValidateBackorder(context, item, path);
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
            if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty("backorder", out var backorder))
            {
                await SetBackorderAsync(sku, backorder.ValueKind == JsonValueKind.True, RestockDate(context, item, time), cancellationToken);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static void ValidateBackorder(RecipeStepContext context, JsonElement item, string path)
    {
        var allowed = false;
        if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty("backorder", out var backorder))
        {
            allowed = backorder.ValueKind == JsonValueKind.True;
            if (backorder.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                context.AddError($"{path}.backorder", $"must be true or false, not {backorder.ValueKind}.");
            }
        }

        var inDays = context.ReadDecimal(item, "restockInDays", path: path);
        if (inDays is { } days && (days < 1 || days > MaxRestockDays || days != decimal.Truncate(days)))
        {
            context.AddError($"{path}.restockInDays", $"must be a whole number of days from 1 to {MaxRestockDays}, not {days}.");
        }
        else if (inDays is not null && !allowed)
        {
            context.AddError($"{path}.restockInDays", "is only for a SKU sold on backorder (add \"backorder\": true).");
        }

        if (context.ReadString(item, "restockDate", path: path) is { } date)
        {
            if (inDays is not null)
            {
                context.AddError($"{path}.restockDate", "and restockInDays both give the ship date: keep one.");
            }

            if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                context.AddError($"{path}.restockDate", $"'{date}' is not a date (yyyy-MM-dd).");
            }
            else if (!allowed)
            {
                context.AddError($"{path}.restockDate", "is only for a SKU sold on backorder (add \"backorder\": true).");
            }
        }
    }

    private static DateOnly? RestockDate(RecipeStepContext context, JsonElement item, TimeProvider time) =>
        context.ReadString(item, "restockDate") is { } date ? DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture)
        : context.ReadDecimal(item, "restockInDays") is { } days ? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).AddDays((int)days)
        : null;

    /// <summary>Tracked, so two stock entries of one SKU (two locations) in a step write one row.</summary>
    private async Task SetBackorderAsync(string sku, bool allowed, DateOnly? restockDate, CancellationToken cancellationToken)
    {
        var stockItem = db.Items.Local.FirstOrDefault(i => i.Sku == sku) ?? await db.Items.SingleOrDefaultAsync(i => i.Sku == sku, cancellationToken);
        if (stockItem is null)
        {
            stockItem = new StockItem { Sku = sku };
            db.Items.Add(stockItem);
        }

        stockItem.AllowBackorder = allowed;
        stockItem.RestockDate = allowed ? restockDate : null;
        stockItem.UpdatedUtc = DateTime.UtcNow;
    }
}

using Microsoft.EntityFrameworkCore;
using Multistore.Commerce;
using Multistore.Inventory.Domain;

namespace Multistore.Inventory.Services;

internal sealed class StockService(InventoryDbContext db, StockNotifier notifier) : IStockService
{
    /// <summary>A SKU stocked in several locations is low when its total is at or below the sum of their thresholds.</summary>
    public async Task<IReadOnlyDictionary<string, SkuStock>> GetStockAsync(IReadOnlyCollection<string> skus, CancellationToken cancellationToken)
    {
        var levels = await Totals(db.Levels.AsNoTracking().Where(l => skus.Contains(l.Sku))).ToListAsync(cancellationToken);
        var backorders = await db.Items.AsNoTracking().Where(i => i.AllowBackorder && skus.Contains(i.Sku))
            .ToDictionaryAsync(i => i.Sku, StringComparer.OrdinalIgnoreCase, cancellationToken);
        return levels.ToDictionary(l => l.Sku, l => backorders.TryGetValue(l.Sku, out var item)
            ? new SkuStock(Math.Max(0, l.Available), l.Threshold, Backorder: true, item.RestockDate)
            : new SkuStock(Math.Max(0, l.Available), l.Threshold), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Low as <see cref="GetStockAsync"/> tells it: the SKU's total over its locations against the sum of their thresholds.</summary>
    public async Task<(IReadOnlyList<LowStock> Items, int Total)> ListLowAsync(int take, CancellationToken cancellationToken)
    {
        var low = Totals(db.Levels.AsNoTracking()).Where(s => s.Available <= s.Threshold);
        var total = await low.CountAsync(cancellationToken);
        var items = await low.OrderBy(s => s.Available).ThenBy(s => s.Sku).Take(take).ToListAsync(cancellationToken);
        return ([.. items.Select(s => new LowStock(s.Sku, new SkuStock(Math.Max(0, s.Available), s.Threshold)))], total);
    }

    /// <summary>Each SKU's stock over its locations, summed in the database: sellable (on hand less reserved) and threshold.</summary>
    private static IQueryable<SkuTotal> Totals(IQueryable<StockLevel> levels) =>
        levels.GroupBy(l => l.Sku).Select(g => new SkuTotal { Sku = g.Key, Available = g.Sum(l => l.OnHand - l.Reserved), Threshold = g.Sum(l => l.LowStockThreshold) });

    /// <summary>Member-initialized (not positional) so EF can still filter and sort on it after the projection.</summary>
    private sealed class SkuTotal
    {
        public required string Sku { get; init; }

        public int Available { get; init; }

        public int Threshold { get; init; }
    }


    public async Task AdjustAsync(string sku, string location, int change, StockMovementReason reason, string? reference, CancellationToken cancellationToken)
    {
        if (!await db.Locations.AnyAsync(l => l.Code == location, cancellationToken))
        {
            throw new ArgumentException($"There is no stock location '{location}'.", nameof(location));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = DateTime.UtcNow;
        // Receiving is always allowed, also where backorders hold more than is on hand; taking away only what no hold needs.
        var updated = await db.Levels.Where(l => l.Sku == sku && l.Location == location && (change >= 0 || l.OnHand + change >= l.Reserved))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.OnHand, l => l.OnHand + change).SetProperty(l => l.UpdatedUtc, now), cancellationToken);
        if (updated == 0)
        {
            if (change < 0 || await db.Levels.AnyAsync(l => l.Sku == sku && l.Location == location, cancellationToken))
            {
                throw new InvalidOperationException($"Cannot take {-change} of {sku} from {location}: that is more than is on hand and not reserved.");
            }

            db.Levels.Add(new StockLevel { Sku = sku, Location = location, OnHand = change, UpdatedUtc = now });
        }

        db.Movements.Add(new StockMovement { Sku = sku, Location = location, Change = change, Reason = reason, Reference = reference, CreatedUtc = now });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await notifier.NotifyAsync([sku], cancellationToken);
    }

    public async Task<StockBackorder> GetBackorderAsync(string sku, CancellationToken cancellationToken) =>
        await db.Items.AsNoTracking().Where(i => i.Sku == sku).Select(i => new StockBackorder(i.AllowBackorder, i.RestockDate)).SingleOrDefaultAsync(cancellationToken)
        ?? StockBackorder.None;

    public async Task SetBackorderAsync(string sku, StockBackorder backorder, CancellationToken cancellationToken)
    {
        var item = await db.Items.SingleOrDefaultAsync(i => i.Sku == sku, cancellationToken);
        if (item is null)
        {
            item = new StockItem { Sku = sku };
            db.Items.Add(item);
        }

        item.AllowBackorder = backorder.Allowed;
        item.RestockDate = backorder.Allowed ? backorder.RestockDate : null;
        item.UpdatedUtc = DateTime.UtcNow;
        await db.SaveChangesAsync(cancellationToken);
        await notifier.NotifyAsync([sku], cancellationToken);
    }

    public async Task<IReadOnlyList<LowStockItem>> ListLowStockAsync(CancellationToken cancellationToken) =>
        await db.Levels.AsNoTracking()
            .Where(l => l.OnHand - l.Reserved <= l.LowStockThreshold)
            .OrderBy(l => l.OnHand - l.Reserved).ThenBy(l => l.Sku)
            .Select(l => new LowStockItem(l.Sku, l.Location, l.OnHand, l.Reserved, l.LowStockThreshold))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<StockMovement>> ListMovementsAsync(string sku, int take, CancellationToken cancellationToken) =>
        await db.Movements.AsNoTracking().Where(m => m.Sku == sku)
            .OrderByDescending(m => m.CreatedUtc).Take(take).ToListAsync(cancellationToken);
}

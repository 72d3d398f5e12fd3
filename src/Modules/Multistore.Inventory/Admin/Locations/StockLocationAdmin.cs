using Microsoft.EntityFrameworkCore;
using Multistore.Inventory.Domain;

namespace Multistore.Inventory.Admin.Locations;

/// <summary>The admin's reads and writes of this store's stock locations, with the number of SKUs each holds.</summary>
internal sealed class StockLocationAdmin(InventoryDbContext db)
{
    public async Task<IReadOnlyList<(StockLocation Location, int Skus)>> ListAsync(CancellationToken cancellationToken)
    {
        var locations = await db.Locations.AsNoTracking().OrderBy(l => l.Priority).ThenBy(l => l.Code).ToListAsync(cancellationToken);
        var counts = await db.Levels.AsNoTracking().GroupBy(l => l.Location).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return [.. locations.Select(l => (l, counts.GetValueOrDefault(l.Code)))];
    }

    public Task<StockLocation?> FindAsync(string code, CancellationToken cancellationToken) =>
        db.Locations.AsNoTracking().SingleOrDefaultAsync(l => l.Code == code, cancellationToken);

    /// <summary>Whether a location has this code in any casing (a store has a handful, so they are compared here, not in SQL).</summary>
    public async Task<bool> ExistsAsync(string code, CancellationToken cancellationToken) =>
        (await db.Locations.AsNoTracking().Select(l => l.Code).ToListAsync(cancellationToken)).Contains(code, StringComparer.OrdinalIgnoreCase);

    public async Task AddAsync(StockLocation location, CancellationToken cancellationToken)
    {
        db.Locations.Add(location);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Saves name, kind and priority; the code stays (stock levels and movements refer to it). False when it is not this store's.</summary>
    public async Task<bool> UpdateAsync(StockLocation changes, CancellationToken cancellationToken) =>
        await db.Locations.Where(l => l.Code == changes.Code).ExecuteUpdateAsync(
            set => set.SetProperty(l => l.Name, changes.Name).SetProperty(l => l.Kind, changes.Kind).SetProperty(l => l.Priority, changes.Priority),
            cancellationToken) == 1;
}

using Microsoft.EntityFrameworkCore;
using Multistore.Inventory.Domain;

namespace Multistore.Inventory.Admin;

/// <summary>Stock per SKU and location for the admin: searchable by SKU, optionally only what runs low; says which SKUs sell on backorder.</summary>
internal sealed class StockAdminQuery(InventoryDbContext db)
{
    public const int PageSize = 50;

    public async Task<(IReadOnlyList<StockRow> Rows, int Total)> ListAsync(string? sku, bool lowOnly, int page, CancellationToken cancellationToken)
    {
        var levels = db.Levels.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(sku))
        {
            var pattern = $"%{sku.Trim().ToUpperInvariant().Replace("%", "", StringComparison.Ordinal)}%";
            levels = levels.Where(l => EF.Functions.Like(l.Sku, pattern));
        }

        if (lowOnly)
        {
            levels = levels.Where(l => l.OnHand - l.Reserved <= l.LowStockThreshold);
        }

        var total = await levels.CountAsync(cancellationToken);
        var rows = await Rows(lowOnly ? levels.OrderBy(l => l.OnHand - l.Reserved).ThenBy(l => l.Sku) : levels.OrderBy(l => l.Sku).ThenBy(l => l.Location))
            .Skip((Math.Max(page, 1) - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return (rows, total);
    }

    public async Task<IReadOnlyList<StockRow>> ForSkuAsync(string sku, CancellationToken cancellationToken) =>
        await Rows(db.Levels.AsNoTracking().Where(l => l.Sku == sku).OrderBy(l => l.Location)).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<StockLocation>> LocationsAsync(CancellationToken cancellationToken) =>
        await db.Locations.AsNoTracking().OrderBy(l => l.Priority).ThenBy(l => l.Code).ToListAsync(cancellationToken);

    private IQueryable<StockRow> Rows(IQueryable<StockLevel> levels) =>
        from l in levels
        join c in db.Locations on l.Location equals c.Code
        join i in db.Items on l.Sku equals i.Sku into items
        from i in items.DefaultIfEmpty()
        select new StockRow(l.Sku, l.Location, c.Name, l.OnHand, l.Reserved, l.LowStockThreshold, l.UpdatedUtc)
        {
            Backorder = i != null && i.AllowBackorder,
            RestockDate = i != null && i.AllowBackorder ? i.RestockDate : null,
        };
}

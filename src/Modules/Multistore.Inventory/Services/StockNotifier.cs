using Microsoft.EntityFrameworkCore;
using Multistore.Events;

namespace Multistore.Inventory.Services;

/// <summary>Publishes <see cref="StockChanged"/> with the SKUs' sellable quantity as it is now, after a change is saved.</summary>
internal sealed class StockNotifier(InventoryDbContext db, IEventPublisher events)
{
    public async Task NotifyAsync(IEnumerable<string> skus, CancellationToken cancellationToken)
    {
        var distinct = skus.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var available = await db.Levels.AsNoTracking().Where(l => distinct.Contains(l.Sku))
            .GroupBy(l => l.Sku).Select(g => new { Sku = g.Key, Available = g.Sum(l => l.OnHand - l.Reserved) })
            .ToListAsync(cancellationToken);
        var backorders = await db.Items.AsNoTracking().Where(i => i.AllowBackorder && distinct.Contains(i.Sku)).Select(i => i.Sku).ToListAsync(cancellationToken);
        foreach (var item in available)
        {
            await events.PublishAsync(new StockChanged(item.Sku, item.Available, backorders.Contains(item.Sku, StringComparer.OrdinalIgnoreCase)), cancellationToken);
        }
    }
}

using Microsoft.AspNetCore.SignalR;
using Multistore.Events;
using Multistore.Inventory.Services;

namespace Multistore.StorefrontApi.Realtime;

/// <summary>Pushes the Inventory module's stock changes to the connections watching the SKU, in this tenant's hub only.</summary>
public sealed class InventoryStockBroadcaster(IHubContext<StorefrontHub> hub) : IEventSubscriber<StockChanged>
{
    public Task HandleAsync(StockChanged @event, CancellationToken cancellationToken) =>
        hub.Clients.Group(LiveGroups.Sku(@event.Sku)).SendAsync(
            "stockChanged", new { sku = @event.Sku, available = @event.Available, inStock = @event.Available > 0, backorder = @event.Backorder && @event.Available <= 0 }, cancellationToken);
}

using Microsoft.AspNetCore.SignalR;
using Multistore.Events;

namespace Multistore.StorefrontApi.Realtime;

/// <summary>Pushes a stock change to the connections watching the SKU, in this tenant's hub only.</summary>
public sealed class StockChangeBroadcaster(IHubContext<StorefrontHub> hub) : IEventSubscriber<StockChanged>
{
    public Task HandleAsync(StockChanged @event, CancellationToken cancellationToken) =>
        hub.Clients.Group(LiveGroups.Sku(@event.Sku)).SendAsync(
            "stockChanged", new { sku = @event.Sku, available = @event.Available, inStock = @event.Available > 0 }, cancellationToken);
}

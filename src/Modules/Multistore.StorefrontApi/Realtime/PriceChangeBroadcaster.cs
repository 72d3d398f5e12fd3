using Microsoft.AspNetCore.SignalR;
using Multistore.Events;

namespace Multistore.StorefrontApi.Realtime;

/// <summary>Pushes a price change to the connections watching the SKU, in this tenant's hub only.</summary>
public sealed class PriceChangeBroadcaster(IHubContext<StorefrontHub> hub) : IEventSubscriber<PriceChanged>
{
    public Task HandleAsync(PriceChanged @event, CancellationToken cancellationToken) =>
        hub.Clients.Group(LiveGroups.Sku(@event.Sku)).SendAsync(
            "priceChanged", new { sku = @event.Sku, price = @event.Price, compareAt = @event.CompareAt }, cancellationToken);
}

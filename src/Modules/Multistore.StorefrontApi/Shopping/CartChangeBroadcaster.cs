using Microsoft.AspNetCore.SignalR;
using Multistore.Cart.Services;
using Multistore.Events;
using Multistore.StorefrontApi.Realtime;

namespace Multistore.StorefrontApi.Shopping;

/// <summary>
/// Tells a cart's other touchpoints that it changed, whichever touchpoint changed it (the web cart page, the API):
/// the connections watching the cart, and the signed-in customer's connections on every touchpoint.
/// </summary>
public sealed class CartChangeBroadcaster(IHubContext<StorefrontHub> hub) : IEventSubscriber<CartChanged>
{
    public Task HandleAsync(CartChanged @event, CancellationToken cancellationToken)
    {
        var message = new { id = @event.CartId, itemCount = @event.ItemCount, total = @event.Total, touchpoint = @event.Touchpoint };
        IReadOnlyList<string> groups = @event.CustomerId is { } customer
            ? [LiveGroups.Cart(@event.CartId), LiveGroups.Customer(customer)]
            : [LiveGroups.Cart(@event.CartId)];
        return hub.Clients.Groups(groups).SendAsync("cartChanged", message, cancellationToken);
    }
}

using Microsoft.AspNetCore.SignalR;
using Multistore.StorefrontApi.Realtime;

namespace Multistore.StorefrontApi.Shopping;

/// <summary>Tells the cart's other touchpoints (the web page, the app, the kiosk) that it changed.</summary>
public sealed class CartChangeNotifier(IHubContext<StorefrontHub> hub)
{
    public Task NotifyAsync(ApiCart cart, CancellationToken cancellationToken) =>
        hub.Clients.Group(LiveGroups.Cart(cart.Id)).SendAsync(
            "cartChanged", new { id = cart.Id, itemCount = cart.ItemCount, total = cart.Totals.Total, touchpoint = cart.Touchpoint }, cancellationToken);
}

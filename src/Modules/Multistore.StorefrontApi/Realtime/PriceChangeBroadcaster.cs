using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using Multistore.Events;
using Multistore.Pricing.Events;
using Multistore.Pricing.Services;
using Multistore.Settings;

namespace Multistore.StorefrontApi.Realtime;

/// <summary>
/// Pushes the Pricing module's price changes in the store's currency to the connections watching the SKU, in this
/// tenant's hub only. The price sent is the one in force now (with compare-at), read from the price service the
/// pages use, so a sale scheduled for later is not shown early.
/// </summary>
public sealed class PriceChangeBroadcaster(IHubContext<StorefrontHub> hub, IPriceService prices, IOptions<SiteSettings> site) : IEventSubscriber<PriceChanged>
{
    public async Task HandleAsync(PriceChanged @event, CancellationToken cancellationToken)
    {
        var currency = site.Value.Currency;
        if (!string.Equals(@event.Currency, currency, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var now = (await prices.GetPricesAsync([@event.Sku], currency, cancellationToken)).Values.FirstOrDefault();
        await hub.Clients.Group(LiveGroups.Sku(@event.Sku)).SendAsync(
            "priceChanged", new { sku = @event.Sku, price = now?.Price, compareAt = now?.CompareAt }, cancellationToken);
    }
}

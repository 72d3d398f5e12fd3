using Microsoft.Extensions.Options;
using Multistore.Commerce;
using Multistore.Health;
using Multistore.Settings;

namespace Multistore.Pricing.Services;

/// <summary>The store's price lookup, as every priced page runs it: the default list of its currency and its entries.</summary>
public sealed class PriceHealthProbe(IPriceService prices, IOptions<SiteSettings> site) : IStoreHealthProbe
{
    public string Name => "Prices";

    public Task ProbeAsync(CancellationToken cancellationToken) =>
        prices.GetPricesAtAsync(["health-probe"], site.Value.Currency, DateTime.UnixEpoch, cancellationToken);
}

using Microsoft.Extensions.Options;
using Multistore.Cart.Services;
using Multistore.Commerce;
using Multistore.Orders.Services;
using Multistore.Settings;

namespace Multistore.StorefrontApi.Admin;

/// <summary>
/// Carts started and orders placed per touchpoint in a period, with revenue in the store's currency. The figures
/// come from the Cart and Orders modules' query services; this report only lines them up per touchpoint.
/// </summary>
public sealed class TouchpointReport(ICartQueries carts, IOrderQueries orders, IOptions<SiteSettings> site)
{
    public async Task<IReadOnlyList<TouchpointRow>> RunAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken)
    {
        var currency = site.Value.Currency;
        var cartCounts = await carts.StartedPerTouchpointAsync(fromUtc, toUtc, cancellationToken);
        var sales = await orders.SalesPerTouchpointAsync(fromUtc, toUtc, currency, cancellationToken);

        var touchpoints = Multistore.Commerce.Touchpoints.All.Concat(cartCounts.Keys).Concat(sales.Select(s => s.Touchpoint))
            .Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase);
        return [.. touchpoints.Select(touchpoint =>
        {
            var mine = sales.Where(s => string.Equals(s.Touchpoint, touchpoint, StringComparison.OrdinalIgnoreCase)).ToList();
            var cartCount = cartCounts.Where(c => string.Equals(c.Key, touchpoint, StringComparison.OrdinalIgnoreCase)).Sum(c => c.Value);
            return new TouchpointRow(touchpoint, cartCount, mine.Sum(s => s.Orders), new Money(mine.Sum(s => s.Revenue.Amount), currency));
        })];
    }
}

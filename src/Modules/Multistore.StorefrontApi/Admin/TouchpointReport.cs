using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Multistore.Cart;
using Multistore.Commerce;
using Multistore.Orders;
using Multistore.Orders.Domain;
using Multistore.Settings;

namespace Multistore.StorefrontApi.Admin;

/// <summary>
/// Carts started and orders placed per touchpoint in a period, with revenue in the store's currency. Money is
/// summed in memory: SQLite cannot add decimals in SQL.
/// </summary>
public sealed class TouchpointReport(CartDbContext carts, OrdersDbContext orders, IOptions<SiteSettings> site)
{
    private static readonly OrderStatus[] NotRevenue = [OrderStatus.Cancelled, OrderStatus.PaymentFailed, OrderStatus.Refunded];

    public async Task<IReadOnlyList<TouchpointRow>> RunAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken)
    {
        var currency = site.Value.Currency;
        var cartCounts = await carts.Carts.AsNoTracking()
            .Where(c => c.CreatedUtc >= fromUtc && c.CreatedUtc < toUtc)
            .GroupBy(c => c.Touchpoint).Select(g => new { Touchpoint = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Touchpoint, g => g.Count, cancellationToken);
        var placed = await orders.Orders.AsNoTracking()
            .Where(o => o.CreatedUtc >= fromUtc && o.CreatedUtc < toUtc)
            .Select(o => new { o.Touchpoint, o.Status, o.GrandTotal, o.RefundedTotal, o.Currency })
            .ToListAsync(cancellationToken);

        var touchpoints = Multistore.Commerce.Touchpoints.All.Concat(cartCounts.Keys).Concat(placed.Select(o => o.Touchpoint))
            .Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase);
        return [.. touchpoints.Select(touchpoint =>
        {
            var mine = placed.Where(o => string.Equals(o.Touchpoint, touchpoint, StringComparison.OrdinalIgnoreCase)).ToList();
            var revenue = mine.Where(o => !NotRevenue.Contains(o.Status) && o.Currency == currency).Sum(o => o.GrandTotal - o.RefundedTotal);
            var cartCount = cartCounts.Where(c => string.Equals(c.Key, touchpoint, StringComparison.OrdinalIgnoreCase)).Sum(c => c.Value);
            return new TouchpointRow(touchpoint, cartCount, mine.Count, new Money(revenue, currency));
        })];
    }
}

using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Multistore.Commerce;
using Multistore.Orders.Domain;

namespace Multistore.Orders.Services;

/// <summary>
/// The sums behind dashboards, each one GROUP BY in the database: only the groups come back, never the orders.
/// </summary>
internal static class SalesFigures
{
    public static async Task<IReadOnlyList<PeriodSales>> PerPeriodAsync(OrdersDbContext db, IReadOnlyList<DateTime> edgesUtc, string currency, CancellationToken cancellationToken)
    {
        if (edgesUtc.Count < 2)
        {
            return [];
        }

        var (from, to) = (Utc(edgesUtc[0]), Utc(edgesUtc[^1]));
        var rows = await Sales(db, currency).Where(o => o.CreatedUtc >= from && o.CreatedUtc < to)
            .Select(PeriodOf(edgesUtc))
            .GroupBy(r => new { r.Period, r.Touchpoint })
            .Select(g => new { g.Key.Period, g.Key.Touchpoint, Orders = g.Count(), Gross = g.Sum(r => r.GrandTotal), Refunded = g.Sum(r => r.RefundedTotal) })
            .ToListAsync(cancellationToken);
        return [.. rows.GroupBy(r => (r.Period, Touchpoint: r.Touchpoint.ToLowerInvariant()))
            .Select(g => new PeriodSales(g.Key.Period, g.Key.Touchpoint, g.Sum(r => r.Orders), new Money(g.Sum(r => r.Gross - r.Refunded), currency)))];
    }

    /// <summary>Every order placed counts per touchpoint; only sales count for revenue (the touchpoint report).</summary>
    public static async Task<IReadOnlyList<TouchpointSales>> PerTouchpointAsync(OrdersDbContext db, (DateTime From, DateTime To) period, string currency, CancellationToken cancellationToken)
    {
        var (from, to) = (Utc(period.From), Utc(period.To));
        var placed = await db.Orders.AsNoTracking().Where(o => o.CreatedUtc >= from && o.CreatedUtc < to)
            .GroupBy(o => o.Touchpoint).Select(g => new { Touchpoint = g.Key, Orders = g.Count() })
            .ToListAsync(cancellationToken);
        var revenue = await Sales(db, currency).Where(o => o.CreatedUtc >= from && o.CreatedUtc < to)
            .GroupBy(o => o.Touchpoint).Select(g => new { Touchpoint = g.Key, Gross = g.Sum(o => o.GrandTotal), Refunded = g.Sum(o => o.RefundedTotal) })
            .ToListAsync(cancellationToken);
        return [.. placed.GroupBy(p => p.Touchpoint, StringComparer.OrdinalIgnoreCase).Select(g => new TouchpointSales(g.Key, g.Sum(p => p.Orders),
            new Money(revenue.Where(r => string.Equals(r.Touchpoint, g.Key, StringComparison.OrdinalIgnoreCase)).Sum(r => r.Gross - r.Refunded), currency)))];
    }

    public static async Task<TopProducts> TopProductsAsync(OrdersDbContext db, (DateTime From, DateTime To) period, string currency, int take, CancellationToken cancellationToken)
    {
        var (from, to) = (Utc(period.From), Utc(period.To));
        var orders = Sales(db, currency).Where(o => o.CreatedUtc >= from && o.CreatedUtc < to);
        var perSku = db.Lines.AsNoTracking().Where(l => orders.Any(o => o.Id == l.OrderId)).GroupBy(l => l.Sku);
        var byUnits = await perSku.OrderByDescending(g => g.Sum(l => l.Quantity)).ThenBy(g => g.Key).Take(take)
            .Select(g => new { Sku = g.Key, Name = g.Max(l => l.Name), Units = g.Sum(l => l.Quantity), Revenue = g.Sum(l => l.LineTotal) })
            .ToListAsync(cancellationToken);
        // Ranked by a double (SQLite cannot order by decimal); the figure shown is still the decimal sum.
        var byRevenue = await perSku.OrderByDescending(g => g.Sum(l => (double)l.LineTotal)).ThenBy(g => g.Key).Take(take)
            .Select(g => new { Sku = g.Key, Name = g.Max(l => l.Name), Units = g.Sum(l => l.Quantity), Revenue = g.Sum(l => l.LineTotal) })
            .ToListAsync(cancellationToken);
        return new TopProducts(
            [.. byUnits.Select(p => new ProductSales(p.Sku, p.Name ?? p.Sku, p.Units, new Money(p.Revenue, currency)))],
            [.. byRevenue.Select(p => new ProductSales(p.Sku, p.Name ?? p.Sku, p.Units, new Money(p.Revenue, currency)))]);
    }

    public static async Task<IReadOnlyList<WaitingOrders>> WaitingAsync(OrdersDbContext db, CancellationToken cancellationToken)
    {
        var rows = await db.Orders.AsNoTracking()
            .Where(o => o.Status == OrderStatus.Pending || o.Status == OrderStatus.Paid || o.Status == OrderStatus.Processing)
            .GroupBy(o => new { o.Status, o.PaymentMethodCode })
            .Select(g => new { g.Key.Status, g.Key.PaymentMethodCode, Orders = g.Count() })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new WaitingOrders(r.Status, r.PaymentMethodCode, r.Orders))];
    }

    private static IQueryable<Order> Sales(OrdersDbContext db, string currency) =>
        db.Orders.AsNoTracking().Where(o => o.Currency == currency
            && o.Status != OrderStatus.Cancelled && o.Status != OrderStatus.PaymentFailed && o.Status != OrderStatus.Refunded);

    /// <summary>
    /// <c>o => new PeriodRow { Period = o.CreatedUtc &lt; e1 ? 0 : o.CreatedUtc &lt; e2 ? 1 : ..., ... }</c>: a CASE in SQL
    /// over parameters, so a period of any length (a 23-hour day at a daylight-saving change) is bucketed where the orders are.
    /// </summary>
    private static Expression<Func<Order, PeriodRow>> PeriodOf(IReadOnlyList<DateTime> edgesUtc)
    {
        var order = Expression.Parameter(typeof(Order), "o");
        var created = Expression.Property(order, nameof(Order.CreatedUtc));
        Expression period = Expression.Constant(edgesUtc.Count - 2);
        for (var i = edgesUtc.Count - 3; i >= 0; i--)
        {
            period = Expression.Condition(Expression.LessThan(created, Captured(Utc(edgesUtc[i + 1]))), Expression.Constant(i), period);
        }

        return Expression.Lambda<Func<Order, PeriodRow>>(
            Expression.MemberInit(Expression.New(typeof(PeriodRow)),
                Expression.Bind(typeof(PeriodRow).GetProperty(nameof(PeriodRow.Period))!, period),
                Expression.Bind(typeof(PeriodRow).GetProperty(nameof(PeriodRow.Touchpoint))!, Expression.Property(order, nameof(Order.Touchpoint))),
                Expression.Bind(typeof(PeriodRow).GetProperty(nameof(PeriodRow.GrandTotal))!, Expression.Property(order, nameof(Order.GrandTotal))),
                Expression.Bind(typeof(PeriodRow).GetProperty(nameof(PeriodRow.RefundedTotal))!, Expression.Property(order, nameof(Order.RefundedTotal)))),
            order);
    }

    /// <summary>A value read from a closure, which EF sends as a query parameter instead of writing it into the SQL.</summary>
    private static Expression Captured(DateTime value)
    {
        Expression<Func<DateTime>> read = () => value;
        return read.Body;
    }

    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);

    private sealed class PeriodRow
    {
        public int Period { get; set; }
        public string Touchpoint { get; set; } = "";
        public decimal GrandTotal { get; set; }
        public decimal RefundedTotal { get; set; }
    }
}

using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Multistore.Commerce;
using Multistore.Inventory.Services;
using Multistore.Orders.Domain;

namespace Multistore.Orders.Services;

internal sealed class OrderQueries(OrdersDbContext db, IStockReservations stock) : IOrderQueries
{
    public async Task<OrderView?> FindByNumberAsync(string number, string accessToken, CancellationToken cancellationToken)
    {
        var order = await LoadAsync(number, cancellationToken);
        var matches = order is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(order.AccessToken), Encoding.UTF8.GetBytes(accessToken ?? ""));
        return matches ? await ViewAsync(order!, cancellationToken) : null;
    }

    public async Task<OrderView?> FindForCustomerAsync(string number, string customerId, CancellationToken cancellationToken)
    {
        var order = await LoadAsync(number, cancellationToken);
        return order is not null && order.CustomerId == customerId ? await ViewAsync(order, cancellationToken) : null;
    }

    public async Task<IReadOnlyList<OrderSummary>> ListForCustomerAsync(string customerId, CancellationToken cancellationToken) =>
        await Summaries(db.Orders.Where(o => o.CustomerId == customerId), 0, 200, cancellationToken);

    public async Task<IReadOnlyList<OrderSummary>> ListAsync(OrderStatus? status, int skip, int take, CancellationToken cancellationToken) =>
        await Summaries(status is null ? db.Orders : db.Orders.Where(o => o.Status == status), skip, take, cancellationToken);

    public async Task<OrderView?> GetAsync(string number, CancellationToken cancellationToken) =>
        await LoadAsync(number, cancellationToken) is { } order ? await ViewAsync(order, cancellationToken) : null;

    public Task<IReadOnlyList<TouchpointSales>> SalesPerTouchpointAsync(DateTime fromUtc, DateTime toUtc, string currency, CancellationToken cancellationToken) =>
        SalesFigures.PerTouchpointAsync(db, (fromUtc, toUtc), currency, cancellationToken);

    public Task<IReadOnlyList<PeriodSales>> SalesPerPeriodAsync(IReadOnlyList<DateTime> edgesUtc, string currency, CancellationToken cancellationToken) =>
        SalesFigures.PerPeriodAsync(db, edgesUtc, currency, cancellationToken);

    public Task<TopProducts> TopProductsAsync((DateTime FromUtc, DateTime ToUtc) period, string currency, int take, CancellationToken cancellationToken) =>
        SalesFigures.TopProductsAsync(db, period, currency, take, cancellationToken);

    public Task<IReadOnlyList<WaitingOrders>> WaitingAsync(CancellationToken cancellationToken) => SalesFigures.WaitingAsync(db, cancellationToken);

    private static async Task<IReadOnlyList<OrderSummary>> Summaries(IQueryable<Order> orders, int skip, int take, CancellationToken cancellationToken)
    {
        var rows = await orders.AsNoTracking().OrderByDescending(o => o.CreatedUtc).Skip(skip).Take(Math.Clamp(take, 1, 200))
            .Select(o => new { o.Id, o.Number, o.Status, o.CreatedUtc, o.Email, o.GrandTotal, o.Currency, o.Touchpoint, Items = o.Lines.Sum(l => l.Quantity) })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(o => new OrderSummary(o.Id, o.Number, o.Status.ToString(), Utc(o.CreatedUtc), o.Email, new Money(o.GrandTotal, o.Currency), o.Items, o.Touchpoint))];
    }

    private Task<Order?> LoadAsync(string number, CancellationToken cancellationToken) =>
        db.Orders.AsNoTracking().AsSplitQuery()
            .Include(o => o.Lines).Include(o => o.Payments).Include(o => o.Transitions).Include(o => o.Refunds).Include(o => o.Notes)
            .SingleOrDefaultAsync(o => o.Number == number, cancellationToken);

    /// <summary>The order with each line's backordered quantity, as its stock hold recorded it.</summary>
    private async Task<OrderView> ViewAsync(Order order, CancellationToken cancellationToken)
    {
        var view = View(order);
        var backordered = await stock.BackorderedAsync(order.ReservationReference, cancellationToken);
        return backordered.Count == 0 ? view : view with { Lines = [.. view.Lines.Select(l => l with { Backordered = backordered.GetValueOrDefault(l.Sku) })] };
    }

    public static OrderView View(Order order)
    {
        Money M(decimal amount) => new(amount, order.Currency);
        var payment = order.LatestPayment;
        return new OrderView(
            order.Id, order.Number, order.Status.ToString(), Utc(order.CreatedUtc), order.Email, order.CustomerId, order.Touchpoint, order.Culture,
            [.. order.Lines.Select(l => new OrderLineView(l.Sku, l.Name, l.Quantity, M(l.UnitPrice), M(l.Discount), M(l.LineTotal), M(l.Tax)))],
            new OrderTotals(M(order.ItemsTotal), M(order.DiscountTotal), M(order.ShippingTotal), M(order.PaymentFee), M(order.TaxTotal), order.TaxIncluded, M(order.GrandTotal), M(order.RefundedTotal)),
            ToAddress(order.ShippingAddress), ToAddress(order.BillingAddress), order.ShippingMethodName, order.PaymentMethodCode,
            payment is null ? null : new OrderPaymentView(payment.ProviderCode, payment.Status.ToString(), M(payment.Amount),
                PaymentNextAction.Of(payment.Status, JsonSerializer.Deserialize<Dictionary<string, string>>(payment.NextActionJson) ?? []), payment.Error),
            [.. order.Transitions.OrderBy(t => t.AtUtc).Select(t => new OrderHistoryEntry(t.From?.ToString(), t.To.ToString(), t.By, t.Note, Utc(t.AtUtc)))],
            [.. order.Refunds.OrderBy(r => r.AtUtc).Select(r => new OrderRefundView(M(r.Amount), r.Reason, r.Status.ToString(), r.By, Utc(r.AtUtc), r.Error))],
            [.. order.Notes.OrderBy(n => n.AtUtc).Select(n => new OrderNoteView(n.Author, n.Text, Utc(n.AtUtc)))])
        {
            ShippingMethodCode = order.ShippingMethodCode,
        };
    }

    /// <summary>The database gives times back without their kind; they are UTC, and say so (JSON writes them with "Z").</summary>
    private static DateTime Utc(DateTime stored) => DateTime.SpecifyKind(stored, DateTimeKind.Utc);

    public static Address ToAddress(OrderAddress a) => a.ToAddress();
}

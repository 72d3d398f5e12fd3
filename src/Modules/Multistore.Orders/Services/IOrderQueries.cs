
namespace Multistore.Orders.Services;

/// <summary>Reading orders: a guest with the order's token, a customer their own, staff any.</summary>
public interface IOrderQueries
{
    /// <summary>The order when <paramref name="accessToken"/> is its token; null otherwise (never says which was wrong).</summary>
    Task<OrderView?> FindByNumberAsync(string number, string accessToken, CancellationToken cancellationToken);

    /// <summary>The order when it belongs to <paramref name="customerId"/>.</summary>
    Task<OrderView?> FindForCustomerAsync(string number, string customerId, CancellationToken cancellationToken);

    Task<IReadOnlyList<OrderSummary>> ListForCustomerAsync(string customerId, CancellationToken cancellationToken);

    /// <summary>For staff: newest first, optionally one status.</summary>
    Task<IReadOnlyList<OrderSummary>> ListAsync(OrderStatus? status, int skip, int take, CancellationToken cancellationToken);

    /// <summary>For staff and for code that already checked access.</summary>
    Task<OrderView?> GetAsync(string number, CancellationToken cancellationToken);

    /// <summary>
    /// Orders placed in [<paramref name="fromUtc"/>, <paramref name="toUtc"/>) per touchpoint (touchpoints compared
    /// ignoring case), with their revenue in <paramref name="currency"/>.
    /// </summary>
    Task<IReadOnlyList<TouchpointSales>> SalesPerTouchpointAsync(DateTime fromUtc, DateTime toUtc, string currency, CancellationToken cancellationToken);

    /// <summary>
    /// Orders that count as sales per period and touchpoint (touchpoints lower-cased): period <c>i</c> is
    /// [<paramref name="edgesUtc"/>[i], <paramref name="edgesUtc"/>[i + 1]), so days of the store's time zone are
    /// bucketed as the store counts them. Cancelled, failed and fully refunded orders are left out, refunds are taken off
    /// the revenue, and only orders in <paramref name="currency"/> count. Periods and touchpoints without orders are absent.
    /// </summary>
    Task<IReadOnlyList<PeriodSales>> SalesPerPeriodAsync(IReadOnlyList<DateTime> edgesUtc, string currency, CancellationToken cancellationToken);

    /// <summary>The <paramref name="take"/> best-selling SKUs by units and by revenue of the sales placed in [from, to).</summary>
    Task<TopProducts> TopProductsAsync((DateTime FromUtc, DateTime ToUtc) period, string currency, int take, CancellationToken cancellationToken);

    /// <summary>Orders waiting for the shop or the shopper: Pending, Paid and Processing, counted per status and payment method.</summary>
    Task<IReadOnlyList<WaitingOrders>> WaitingAsync(CancellationToken cancellationToken);
}

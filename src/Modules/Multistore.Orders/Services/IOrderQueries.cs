
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
}

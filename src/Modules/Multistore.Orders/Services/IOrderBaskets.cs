namespace Multistore.Orders.Services;

/// <summary>
/// What was bought together, without the rest of an order (no customer, address or amounts): published for modules
/// that count purchases. Orders that were cancelled or whose payment failed are left out of lists.
/// </summary>
public interface IOrderBaskets
{
    /// <summary>The basket of one order, or null when there is no such order.</summary>
    Task<OrderBasket?> FindAsync(Guid orderId, CancellationToken cancellationToken);

    /// <summary>A page of baskets, newest order first; <paramref name="take"/> is at most 1,000.</summary>
    Task<IReadOnlyList<OrderBasket>> ListAsync(int skip, int take, CancellationToken cancellationToken);
}

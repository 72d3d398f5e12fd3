namespace Multistore.Orders.Services;

/// <summary>
/// How another module (Checkout) places an order and takes it to payment without seeing the Orders module's
/// entities. Every step is keyed so it is safe to repeat: an order is written once per idempotency key, and its
/// payment is started once per order (a concurrent retry sees the payment in flight instead of calling the provider).
/// </summary>
public interface IOrderPlacement
{
    /// <summary>The order written under <paramref name="idempotencyKey"/>, or null when none was.</summary>
    Task<PlacedOrder?> FindAsync(string idempotencyKey, CancellationToken cancellationToken);

    /// <summary>Writes the order once per key; returns the order saved under the key and whether this call wrote it.</summary>
    Task<(PlacedOrder Order, bool Created)> PlaceAsync(NewOrder order, string by, CancellationToken cancellationToken);

    /// <summary>
    /// Starts (or reports, when already started or in flight) the order's payment and returns the order as it is
    /// afterwards: paid, failed, or waiting for the shopper's next action.
    /// </summary>
    Task<PlacedOrder> StartPaymentAsync(Guid orderId, PaymentCustomer customer, CancellationToken cancellationToken);
}

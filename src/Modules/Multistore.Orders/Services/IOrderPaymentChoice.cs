using Multistore.Commerce;

namespace Multistore.Orders.Services;

/// <summary>
/// Paying an order another way after its card payment failed, or before a card payment the shopper has not confirmed:
/// the same order, its items still held, a new payment attempt with the method chosen. Every touchpoint (the order
/// page, the Storefront API) changes the method through this one door.
/// </summary>
public interface IOrderPaymentChoice
{
    /// <summary>
    /// The methods the order's payment may change to now, as offered to this customer for this order; empty when the
    /// payment cannot change (paid, cancelled, or an offline method already chosen that staff settle).
    /// </summary>
    Task<IReadOnlyList<PaymentMethod>> AlternativesAsync(Guid orderId, PaymentCustomer customer, CancellationToken cancellationToken);

    /// <summary>
    /// Pays the order with <paramref name="methodCode"/> from now on and starts that payment; returns the order as it is
    /// afterwards. Throws <see cref="OrderTransitionException"/> (field <c>paymentMethod</c>) saying why, when the
    /// order's payment cannot change or the method is not one of <see cref="AlternativesAsync"/>.
    /// </summary>
    Task<PlacedOrder> SwitchAsync(Guid orderId, string methodCode, PaymentCustomer customer, CancellationToken cancellationToken);
}

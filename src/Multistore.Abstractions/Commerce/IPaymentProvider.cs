namespace Multistore.Commerce;

/// <summary>
/// A payment provider feature (Stripe, bank transfer, cash on delivery, invoice). Each registers itself;
/// checkout lists those available for the order and calls the one the shopper chose. Webhooks and
/// confirmations report back through <c>PaymentStatusChanged</c> events.
/// </summary>
public interface IPaymentProvider
{
    string Code { get; }

    /// <summary>The method as offered for this amount and shopper, or null when it is not available to them.</summary>
    PaymentMethod? Offer(Money amount, bool isSignedIn, bool isBusinessCustomer);

    Task<PaymentResult> StartAsync(PaymentRequest request, CancellationToken cancellationToken);

    Task<PaymentResult> RefundAsync(string providerReference, Money amount, string idempotencyKey, CancellationToken cancellationToken);
}

using Multistore.Commerce;

namespace Multistore.Payments.Services;

/// <summary>
/// The payment ledger as a provider module (Stripe) writes through it: one payment per idempotency key, status
/// moved only forward and published, refunds recorded once per key. It answers with <see cref="LedgerPayment"/>
/// snapshots, so a provider never holds the Payments module's entities.
/// </summary>
public interface IPaymentLedger
{
    Task<LedgerPayment?> FindByKeyAsync(string idempotencyKey, CancellationToken cancellationToken);

    Task<LedgerPayment?> FindAsync(string providerCode, string providerReference, CancellationToken cancellationToken);

    /// <summary>Adds the payment; if another request added one with the same key first, returns that one.</summary>
    Task<LedgerPayment> AddAsync(NewLedgerPayment payment, CancellationToken cancellationToken);

    /// <summary>
    /// Moves the payment to <paramref name="to"/> when that is forward (otherwise nothing is written); returns it as it is
    /// now. <paramref name="error"/> is the shopper-safe reason of a failure, published with the move.
    /// </summary>
    Task<LedgerPayment> MoveAsync(Guid paymentId, PaymentStatus to, string cause, CancellationToken cancellationToken, string? error = null);

    /// <summary>Records a refund once per key and moves the payment to PartiallyRefunded or Refunded; returns it as it is now.</summary>
    Task<LedgerPayment> RecordRefundAsync(Guid paymentId, long amountMinor, string idempotencyKey, string providerReference, CancellationToken cancellationToken);
}

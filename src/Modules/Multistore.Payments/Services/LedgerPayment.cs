using Multistore.Commerce;

namespace Multistore.Payments.Services;

/// <summary>
/// A payment in the ledger as it was when read: amounts in the currency's minor units; <see cref="RefundKeys"/>
/// are the idempotency keys of the refunds already recorded.
/// </summary>
public sealed record LedgerPayment(
    Guid Id,
    string ProviderCode,
    string ProviderReference,
    PaymentStatus Status,
    string Currency,
    long AmountMinor,
    long RefundedMinor,
    IReadOnlyList<string> RefundKeys)
{
    /// <summary>Throws with a message a shop operator understands when refunding <paramref name="amountMinor"/> is not possible.</summary>
    public void CheckRefundable(long amountMinor) => Refundability.Check(Status, ProviderReference, Currency, AmountMinor, RefundedMinor, amountMinor);
}

using Multistore.Commerce;
using Multistore.Payments.Domain;

namespace Multistore.Payments.Services;

/// <summary>
/// Answers <see cref="IPaymentLedger"/> through <see cref="PaymentLedger"/>, turning its tracked records into
/// <see cref="LedgerPayment"/> snapshots at the module's boundary.
/// </summary>
internal sealed class PaymentLedgerEntries(PaymentLedger ledger) : IPaymentLedger
{
    public async Task<LedgerPayment?> FindByKeyAsync(string idempotencyKey, CancellationToken cancellationToken) =>
        Snapshot(await ledger.FindByKeyAsync(idempotencyKey, cancellationToken));

    public async Task<LedgerPayment?> FindAsync(string providerCode, string providerReference, CancellationToken cancellationToken) =>
        Snapshot(await ledger.FindAsync(providerCode, providerReference, cancellationToken));

    public async Task<LedgerPayment> AddAsync(NewLedgerPayment payment, CancellationToken cancellationToken) =>
        Snapshot(await ledger.AddAsync(new PaymentRecord
        {
            OrderId = payment.OrderId,
            OrderNumber = payment.OrderNumber,
            ProviderCode = payment.ProviderCode,
            ProviderReference = payment.ProviderReference,
            IdempotencyKey = payment.IdempotencyKey,
            Status = payment.Status,
            Currency = payment.Amount.Currency,
            AmountMinor = MinorUnits.FromMoney(payment.Amount),
        }, cancellationToken))!;

    public async Task<LedgerPayment> MoveAsync(Guid paymentId, PaymentStatus to, string cause, CancellationToken cancellationToken, string? error = null)
    {
        var record = await RecordAsync(paymentId, cancellationToken);
        await ledger.MoveAsync(record, to, cause, cancellationToken, error);
        return Snapshot(record)!;
    }

    public async Task<LedgerPayment> RecordRefundAsync(Guid paymentId, long amountMinor, string idempotencyKey, string providerReference, CancellationToken cancellationToken) =>
        Snapshot(await ledger.RecordRefundAsync(await RecordAsync(paymentId, cancellationToken), amountMinor, idempotencyKey, providerReference, cancellationToken))!;

    private async Task<PaymentRecord> RecordAsync(Guid paymentId, CancellationToken cancellationToken) =>
        await ledger.FindAsync(paymentId, cancellationToken) ?? throw new InvalidOperationException($"There is no payment {paymentId}.");

    private static LedgerPayment? Snapshot(PaymentRecord? record) => record is null ? null : new LedgerPayment(
        record.Id, record.ProviderCode, record.ProviderReference, record.Status, record.Currency, record.AmountMinor, record.RefundedMinor,
        [.. record.Refunds.Select(r => r.IdempotencyKey)]);
}

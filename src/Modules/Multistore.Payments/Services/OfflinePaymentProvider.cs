using Multistore.Commerce;
using Multistore.Payments.Domain;

namespace Multistore.Payments.Services;

/// <summary>
/// What bank transfer, cash on delivery and invoice share: no gateway, a record per idempotency key, money
/// that an operator marks as received, and refunds paid back by the operator and recorded here.
/// </summary>
internal abstract class OfflinePaymentProvider(PaymentLedger ledger) : IPaymentProvider
{
    public abstract string Code { get; }

    /// <summary>Where a new payment starts: Pending until the money arrives, Authorized when the store extends credit.</summary>
    protected virtual PaymentStatus InitialStatus => PaymentStatus.Pending;

    public abstract PaymentMethod? Offer(Money amount, bool isSignedIn, bool isBusinessCustomer);

    /// <summary>What the shopper must be told to do, for the confirmation page and email.</summary>
    protected abstract IReadOnlyDictionary<string, string> NextAction(PaymentRecord record);

    public async Task<PaymentResult> StartAsync(PaymentRequest request, CancellationToken cancellationToken)
    {
        var existing = await ledger.FindByKeyAsync(request.IdempotencyKey, cancellationToken);
        if (existing is not null)
        {
            return Result(existing);
        }

        if (Offer(request.Amount, request.IsSignedIn, request.IsBusinessCustomer) is null)
        {
            return new PaymentResult(PaymentStatus.Failed, "", new Dictionary<string, string>(), $"Payment method '{Code}' is not available for this order.");
        }

        var record = new PaymentRecord
        {
            OrderId = request.OrderId,
            OrderNumber = request.OrderNumber,
            ProviderCode = Code,
            IdempotencyKey = request.IdempotencyKey,
            Status = InitialStatus,
            Currency = request.Amount.Currency,
            AmountMinor = MinorUnits.FromMoney(request.Amount),
        };
        record.ProviderReference = $"{Code}-{record.Id:N}";
        var saved = await ledger.AddAsync(record, cancellationToken);
        await OnStartedAsync(saved, request, cancellationToken);
        return Result(saved);
    }

    public async Task<PaymentResult> RefundAsync(string providerReference, Money amount, string idempotencyKey, CancellationToken cancellationToken)
    {
        var record = await ledger.FindAsync(Code, providerReference, cancellationToken)
            ?? throw new PaymentRefusedException($"There is no {Code} payment '{providerReference}'.");
        var updated = await ledger.RecordRefundAsync(record, MinorUnits.FromMoney(amount), idempotencyKey, $"{providerReference}-refund-{record.Refunds.Count + 1}", cancellationToken);
        return Result(updated);
    }

    /// <summary>Runs once, when the payment record is first written.</summary>
    protected virtual Task OnStartedAsync(PaymentRecord record, PaymentRequest request, CancellationToken cancellationToken) => Task.CompletedTask;

    private PaymentResult Result(PaymentRecord record) => new(record.Status, record.ProviderReference, NextAction(record));
}

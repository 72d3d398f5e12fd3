using Multistore.Commerce;
using Multistore.Payments.Domain;

namespace Multistore.Payments.Services;

/// <summary>An operator says the money of an offline payment (transfer, cash, invoice) has arrived.</summary>
internal sealed class OfflinePaymentReceipts(PaymentLedger ledger) : IOfflinePaymentReceipts
{
    public static readonly IReadOnlyList<string> OfflineCodes = [BankTransferPaymentProvider.ProviderCode, CashOnDeliveryPaymentProvider.ProviderCode, InvoicePaymentProvider.ProviderCode];

    /// <summary>Marks the payment received; a second call changes nothing and returns false.</summary>
    public async Task<bool> MarkReceivedAsync(Guid paymentId, string operatorName, CancellationToken cancellationToken)
    {
        var record = await ledger.FindAsync(paymentId, cancellationToken)
            ?? throw new PaymentRefusedException($"There is no payment '{paymentId}'.");
        if (!OfflineCodes.Contains(record.ProviderCode))
        {
            throw new PaymentRefusedException($"Payment {record.ProviderReference} is paid through {record.ProviderCode}; only offline payments are marked received by hand.");
        }

        return await ledger.MoveAsync(record, PaymentStatus.Succeeded, $"received:{operatorName}", cancellationToken);
    }

    public bool Handles(string providerCode) => OfflineCodes.Contains(providerCode);

    public async Task<bool> MarkReceivedAsync(string providerCode, string providerReference, string by, CancellationToken cancellationToken) =>
        await ledger.FindAsync(providerCode, providerReference, cancellationToken) is { } record
            ? await MarkReceivedAsync(record.Id, by, cancellationToken)
            : throw new PaymentRefusedException($"There is no {providerCode} payment '{providerReference}'.");

    public Task<PaymentRecord?> FindAsync(Guid paymentId, CancellationToken cancellationToken) => ledger.FindAsync(paymentId, cancellationToken);
}

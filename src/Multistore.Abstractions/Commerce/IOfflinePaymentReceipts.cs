namespace Multistore.Commerce;

/// <summary>
/// Staff say the money of an offline payment (bank transfer, cash on delivery, invoice) has arrived; the payment moves
/// to Succeeded and its order to Paid. Online providers are never marked by hand.
/// </summary>
public interface IOfflinePaymentReceipts
{
    bool Handles(string providerCode);

    /// <summary>Marks the payment received; a second call changes nothing and returns false.</summary>
    Task<bool> MarkReceivedAsync(string providerCode, string providerReference, string by, CancellationToken cancellationToken);
}

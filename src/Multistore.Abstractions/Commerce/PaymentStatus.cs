namespace Multistore.Commerce;

public enum PaymentStatus
{
    /// <summary>Waiting for the shopper (3-D Secure, bank transfer to arrive, cash at the door).</summary>
    Pending,
    Authorized,
    Succeeded,
    Failed,
    Refunded,
    PartiallyRefunded,
}

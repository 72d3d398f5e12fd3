using Multistore.Commerce;

namespace Multistore.Orders.Domain;

/// <summary>
/// A payment of an order, written before the provider is called: a crash during the call leaves this record,
/// and the retry calls the provider again with the same <see cref="IdempotencyKey"/>, so it never charges twice.
/// <see cref="ProviderReference"/> is empty until the provider answered.
/// </summary>
internal sealed class OrderPayment
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrderId { get; set; }
    public string ProviderCode { get; set; } = "";
    public string ProviderReference { get; set; } = "";
    public string IdempotencyKey { get; set; } = "";
    public PaymentStatus Status { get; set; } = PaymentStatus.Pending;
    public decimal Amount { get; set; }

    /// <summary>JSON object of what the touchpoint must do next (client secret, transfer instructions).</summary>
    public string NextActionJson { get; set; } = "{}";
    public string? Error { get; set; }
    public DateTime CreatedUtc { get; set; } = DateTime.UtcNow;
    public DateTime UpdatedUtc { get; set; } = DateTime.UtcNow;
}

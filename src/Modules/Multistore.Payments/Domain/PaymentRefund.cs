namespace Multistore.Payments.Domain;

/// <summary>A refund of part or all of a payment; its idempotency key makes a retried refund a no-op.</summary>
internal sealed class PaymentRefund
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid PaymentId { get; set; }
    public string IdempotencyKey { get; set; } = "";
    public string ProviderReference { get; set; } = "";
    public long AmountMinor { get; set; }
    public DateTimeOffset CreatedUtc { get; set; } = DateTimeOffset.UtcNow;
}

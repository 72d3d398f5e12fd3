using Multistore.Commerce;

namespace Multistore.Payments.Domain;

/// <summary>A status a payment moved to, when, and why (a webhook event id, an operator, a refund).</summary>
internal sealed class PaymentStatusEntry
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid PaymentId { get; set; }
    public PaymentStatus From { get; set; }
    public PaymentStatus To { get; set; }
    public string Cause { get; set; } = "";
    public DateTimeOffset AtUtc { get; set; } = DateTimeOffset.UtcNow;
}

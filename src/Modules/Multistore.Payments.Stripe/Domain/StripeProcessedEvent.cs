namespace Multistore.Payments.Stripe.Domain;

/// <summary>A webhook event already handled; Stripe delivers at least once, so a second delivery is skipped.</summary>
internal sealed class StripeProcessedEvent
{
    public string EventId { get; set; } = "";
    public string Type { get; set; } = "";
    public DateTimeOffset ProcessedUtc { get; set; } = DateTimeOffset.UtcNow;
}

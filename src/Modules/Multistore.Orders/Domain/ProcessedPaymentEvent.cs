namespace Multistore.Orders.Domain;

/// <summary>A payment event already applied; its id is the key, so a replayed webhook changes nothing.</summary>
internal sealed class ProcessedPaymentEvent
{
    public string EventId { get; set; } = "";
    public Guid OrderId { get; set; }
    public DateTime ProcessedUtc { get; set; } = DateTime.UtcNow;
}

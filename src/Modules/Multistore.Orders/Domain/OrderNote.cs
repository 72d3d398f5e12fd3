namespace Multistore.Orders.Domain;

/// <summary>A staff note on an order.</summary>
internal sealed class OrderNote
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrderId { get; set; }
    public string Author { get; set; } = "";
    public string Text { get; set; } = "";
    public DateTime AtUtc { get; set; } = DateTime.UtcNow;
}

using Multistore.Orders.Services;

namespace Multistore.Orders.Domain;

/// <summary>One status change: from, to, who did it (user, "shopper", "payment:stripe", "system") and when.</summary>
internal sealed class OrderTransition
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrderId { get; set; }
    public OrderStatus? From { get; set; }
    public OrderStatus To { get; set; }
    public string By { get; set; } = "";
    public string? Note { get; set; }
    public DateTime AtUtc { get; set; } = DateTime.UtcNow;
}

using Multistore.Commerce;

namespace Multistore.Orders.Domain;

/// <summary>Money given back on an order, all of it or part, through the payment's provider.</summary>
internal sealed class OrderRefund
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrderId { get; set; }
    public decimal Amount { get; set; }
    public string Reason { get; set; } = "";
    public PaymentStatus Status { get; set; }
    public string ProviderReference { get; set; } = "";
    public string By { get; set; } = "";
    public string? Error { get; set; }
    public DateTime AtUtc { get; set; } = DateTime.UtcNow;
}

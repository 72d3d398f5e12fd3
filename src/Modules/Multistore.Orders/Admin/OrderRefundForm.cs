namespace Multistore.Orders.Admin;

/// <summary>A refund as staff type it: an empty amount refunds everything not yet refunded.</summary>
public sealed class OrderRefundForm
{
    public string? Amount { get; set; }
    public string? Reason { get; set; }
}

namespace Multistore.Orders.Admin;

public sealed class OrderStatusForm
{
    public string? Status { get; set; }
    public string? Note { get; set; }
}

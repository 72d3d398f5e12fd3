namespace Multistore.Orders.Domain;

/// <summary>A SKU as bought: name, quantity and prices at the time. <see cref="LineTotal"/> is after discount.</summary>
internal sealed class OrderLine
{
    public Guid OrderId { get; set; }
    public string Sku { get; set; } = "";
    public string Name { get; set; } = "";
    public int Quantity { get; set; }
    public decimal UnitPrice { get; set; }
    public decimal Discount { get; set; }
    public decimal LineTotal { get; set; }
    public decimal Tax { get; set; }
    public string TaxClass { get; set; } = "";
}

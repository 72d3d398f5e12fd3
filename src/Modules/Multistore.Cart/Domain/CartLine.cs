namespace Multistore.Cart.Domain;

/// <summary>A SKU in a cart with the unit price the shopper last saw, so a price change can be told to them.</summary>
internal sealed class CartLine
{
    public Guid CartId { get; set; }
    public string Sku { get; set; } = "";
    public int Quantity { get; set; }
    public decimal UnitPrice { get; set; }
    public DateTime AddedUtc { get; set; } = DateTime.UtcNow;
}

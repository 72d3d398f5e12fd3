namespace Multistore.Inventory.Domain;

/// <summary>
/// What a store decides for a SKU as a whole, whatever its locations: whether it sells beyond its stock (backorder),
/// and when it expects to ship what it sold so (null: not said). A SKU without a row sells only what it has.
/// </summary>
internal sealed class StockItem
{
    public string Sku { get; set; } = "";
    public bool AllowBackorder { get; set; }
    public DateOnly? RestockDate { get; set; }
    public DateTime UpdatedUtc { get; set; } = DateTime.UtcNow;
}

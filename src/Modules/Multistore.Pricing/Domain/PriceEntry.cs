namespace Multistore.Pricing.Domain;

/// <summary>The price of one SKU in a list; <see cref="CompareAtAmount"/> is the struck-through "was" price.</summary>
internal sealed class PriceEntry
{
    public Guid PriceListId { get; set; }
    public string Sku { get; set; } = "";
    public decimal Amount { get; set; }
    public decimal? CompareAtAmount { get; set; }
}

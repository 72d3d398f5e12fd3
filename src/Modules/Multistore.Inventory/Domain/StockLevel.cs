namespace Multistore.Inventory.Domain;

/// <summary>
/// Stock of one SKU at one location. <see cref="Reserved"/> is held by checkouts in progress; what a shopper can
/// still buy is <see cref="OnHand"/> minus <see cref="Reserved"/>. Both only change through conditional updates.
/// </summary>
internal sealed class StockLevel
{
    public string Sku { get; set; } = "";
    public string Location { get; set; } = "";
    public int OnHand { get; set; }
    public int Reserved { get; set; }
    public int LowStockThreshold { get; set; }
    public DateTime UpdatedUtc { get; set; } = DateTime.UtcNow;

    public int Available => OnHand - Reserved;
}

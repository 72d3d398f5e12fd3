namespace Multistore.Inventory.Admin;

/// <summary>Stock of one SKU at one location, as the admin lists it.</summary>
public sealed record StockRow(string Sku, string Location, string LocationName, int OnHand, int Reserved, int LowStockThreshold, DateTime UpdatedUtc)
{
    public int Available => OnHand - Reserved;

    public bool IsLow => Available <= LowStockThreshold;
}

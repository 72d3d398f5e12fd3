namespace Multistore.Inventory.Admin;

/// <summary>Stock of one SKU at one location, as the admin lists it, with whether the SKU sells on backorder and when it ships.</summary>
public sealed record StockRow(string Sku, string Location, string LocationName, int OnHand, int Reserved, int LowStockThreshold, DateTime UpdatedUtc)
{
    public bool Backorder { get; init; }

    public DateOnly? RestockDate { get; init; }

    public int Available => OnHand - Reserved;

    public bool IsLow => Available <= LowStockThreshold;
}

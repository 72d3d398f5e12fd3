namespace Multistore.Commerce;

/// <summary>
/// A tracked SKU's stock over all locations: what can be sold now (on hand less reserved, never negative) and the
/// store's low-stock threshold for it (0 when the store does not warn of low stock).
/// </summary>
public sealed record SkuStock(int Available, int LowStockThreshold)
{
    public StockStatus Status =>
        Available <= 0 ? StockStatus.OutOfStock
        : Available <= LowStockThreshold ? StockStatus.LowStock
        : StockStatus.InStock;
}

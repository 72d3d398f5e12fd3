namespace Multistore.Commerce;

/// <summary>
/// A tracked SKU's stock over all locations: what can be sold now (on hand less reserved, never negative) and the
/// store's low-stock threshold for it (0 when the store does not warn of low stock). <see cref="Backorder"/> says the
/// store sells it beyond its stock, <see cref="RestockDate"/> when it expects to ship such orders (null: not said).
/// </summary>
public sealed record SkuStock(int Available, int LowStockThreshold, bool Backorder = false, DateOnly? RestockDate = null)
{
    public StockStatus Status =>
        Available <= 0 ? (Backorder ? StockStatus.Backorder : StockStatus.OutOfStock)
        : Available <= LowStockThreshold ? StockStatus.LowStock
        : StockStatus.InStock;

    /// <summary>Whether any quantity can be ordered now: some is available, or the rest is sold on backorder.</summary>
    public bool CanOrder(int quantity) => Backorder || quantity <= Available;
}

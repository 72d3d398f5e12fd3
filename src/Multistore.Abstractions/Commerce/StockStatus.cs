namespace Multistore.Commerce;

/// <summary>How a SKU's stock looks to a shopper.</summary>
public enum StockStatus
{
    /// <summary>More than the low-stock threshold can be sold now, or the SKU's stock is not tracked.</summary>
    InStock,

    /// <summary>Some, but no more than the store's low-stock threshold, can be sold now.</summary>
    LowStock,

    /// <summary>Nothing can be sold now.</summary>
    OutOfStock,

    /// <summary>Nothing is on the shelf, but the store sells it anyway and ships it when it is restocked.</summary>
    Backorder,
}

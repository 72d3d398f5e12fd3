namespace Multistore.Commerce;

/// <summary>A tracked SKU whose sellable stock over all locations is at or below its low-stock threshold.</summary>
public sealed record LowStock(string Sku, SkuStock Stock);

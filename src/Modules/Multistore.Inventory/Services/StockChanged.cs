namespace Multistore.Inventory.Services;

/// <summary>
/// Published after a SKU's sellable quantity changed (all locations together) or the store started or stopped selling it
/// on backorder (<see cref="Backorder"/>). The real-time API pushes it.
/// </summary>
public sealed record StockChanged(string Sku, int Available, bool Backorder = false);

namespace Multistore.Inventory.Services;

/// <summary>Published after a SKU's sellable quantity changed (all locations together). The real-time API pushes it.</summary>
public sealed record StockChanged(string Sku, int Available);

namespace Multistore.Inventory.Services;

public sealed record StockShortage(string Sku, int Requested, int Available);

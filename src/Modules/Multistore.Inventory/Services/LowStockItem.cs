namespace Multistore.Inventory.Services;

public sealed record LowStockItem(string Sku, string Location, int OnHand, int Reserved, int Threshold);

namespace Multistore.Inventory.Domain;

internal enum StockLocationKind
{
    Warehouse,
    Store,
}

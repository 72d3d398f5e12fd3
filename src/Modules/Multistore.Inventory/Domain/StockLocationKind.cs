namespace Multistore.Inventory.Domain;

public enum StockLocationKind
{
    Warehouse,
    Store,
}

namespace Multistore.Inventory.Domain;

public enum StockMovementReason
{
    Received,
    Adjusted,
    Sold,
    Returned,
}

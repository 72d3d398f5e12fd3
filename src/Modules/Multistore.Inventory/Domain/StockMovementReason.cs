namespace Multistore.Inventory.Domain;

internal enum StockMovementReason
{
    Received,
    Adjusted,
    Sold,
    Returned,
}

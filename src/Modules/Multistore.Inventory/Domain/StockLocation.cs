namespace Multistore.Inventory.Domain;

/// <summary>A place stock is kept: a warehouse that ships, or a store where kiosk orders are picked up.</summary>
internal sealed class StockLocation
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public StockLocationKind Kind { get; set; } = StockLocationKind.Warehouse;

    /// <summary>Lower is reserved from first.</summary>
    public int Priority { get; set; }
}

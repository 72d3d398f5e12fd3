namespace Multistore.Inventory.Admin;

/// <summary>A stock correction: how many more (or, negative, fewer) at a location, and why.</summary>
public sealed class StockAdjustForm
{
    public string? Location { get; set; }
    public string? Change { get; set; }
    public string? Reason { get; set; }
    public string? Note { get; set; }
}

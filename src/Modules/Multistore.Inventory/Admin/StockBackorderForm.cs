namespace Multistore.Inventory.Admin;

/// <summary>Whether a SKU sells beyond its stock (a checkbox: "true" when ticked), and when such orders ship (yyyy-MM-dd, optional).</summary>
public sealed class StockBackorderForm
{
    public string? Backorder { get; set; }
    public string? RestockDate { get; set; }
}

namespace Multistore.Inventory.Admin.Locations;

/// <summary>A stock location as the admin form posts it: code (only when creating), name, kind and priority.</summary>
public sealed class StockLocationForm
{
    public string? Code { get; set; }
    public string? Name { get; set; }
    public string? Kind { get; set; }
    public string? Priority { get; set; }
}

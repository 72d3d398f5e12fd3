using Multistore.Inventory.Domain;

namespace Multistore.Inventory.Admin.Locations;

/// <summary>How the admin names a location kind: the English source text its localizer translates.</summary>
internal static class StockLocationKindNames
{
    public static string Of(StockLocationKind kind) => kind switch
    {
        StockLocationKind.Store => "Retail store",
        _ => "Warehouse",
    };
}

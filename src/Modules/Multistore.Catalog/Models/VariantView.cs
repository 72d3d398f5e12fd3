using Multistore.Commerce;

namespace Multistore.Catalog.Models;

public sealed record VariantView(string Sku, string Name, IReadOnlyList<string> Values, Money? Price, Money? CompareAt)
{
    /// <summary>schema.org's availability of the variant (<see cref="StockAvailability"/>): <c>InStock</c>, <c>LimitedAvailability</c>, <c>OutOfStock</c> or <c>BackOrder</c>.</summary>
    public string Availability { get; init; } = StockAvailability.InStock;

    /// <summary>When the variant ships if it is on back order (<c>BackOrder</c>), as the page's culture writes a short date; null otherwise or when the store did not say.</summary>
    public string? ShipsBy { get; init; }
}

using Multistore.Commerce;

namespace Multistore.Catalog.Models;

public sealed record VariantView(string Sku, string Name, IReadOnlyList<string> Values, Money? Price, Money? CompareAt)
{
    /// <summary>schema.org's availability of the variant (<see cref="StockAvailability"/>): <c>InStock</c>, <c>LimitedAvailability</c> or <c>OutOfStock</c>.</summary>
    public string Availability { get; init; } = StockAvailability.InStock;
}

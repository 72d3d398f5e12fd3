namespace Multistore.Catalog.Models;

/// <summary>
/// A SKU's availability as schema.org names it (<c>https://schema.org/{value}</c>): out of stock at none left, limited
/// at <see cref="FewLeft"/> or fewer, else in stock; a SKU the store does not track is in stock, since it can be ordered.
/// </summary>
public static class StockAvailability
{
    public const string InStock = "InStock";
    public const string LimitedAvailability = "LimitedAvailability";
    public const string OutOfStock = "OutOfStock";

    /// <summary>"Only a few left": the quantity at which the demo recipes flag low stock too.</summary>
    public const int FewLeft = 3;

    public static string Of(IReadOnlyDictionary<string, int> available, string sku) =>
        !available.TryGetValue(sku, out var count) ? InStock
        : count <= 0 ? OutOfStock
        : count <= FewLeft ? LimitedAvailability
        : InStock;
}

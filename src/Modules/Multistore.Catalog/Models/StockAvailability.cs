using System.Globalization;
using Multistore.Commerce;

namespace Multistore.Catalog.Models;

/// <summary>
/// A SKU's availability as schema.org names it (<c>https://schema.org/{value}</c>): out of stock at none left (back
/// order when the store sells it beyond its stock), limited at <see cref="FewLeft"/> or fewer, else in stock; a SKU the
/// store does not track is in stock, since it can be ordered.
/// </summary>
public static class StockAvailability
{
    public const string InStock = "InStock";
    public const string LimitedAvailability = "LimitedAvailability";
    public const string OutOfStock = "OutOfStock";
    public const string BackOrder = "BackOrder";

    /// <summary>"Only a few left": the quantity at which the demo recipes flag low stock too.</summary>
    public const int FewLeft = 3;

    public static string Of(IReadOnlyDictionary<string, SkuStock> stock, string sku) =>
        !stock.TryGetValue(sku, out var tracked) ? InStock
        : tracked.Status == StockStatus.Backorder ? BackOrder
        : tracked.Available <= 0 ? OutOfStock
        : tracked.Available <= FewLeft ? LimitedAvailability
        : InStock;

    /// <summary>When a backordered SKU ships, as the page's culture writes a short date; null when it is not backordered or the store did not say.</summary>
    public static string? ShipsBy(IReadOnlyDictionary<string, SkuStock> stock, string sku) =>
        stock.TryGetValue(sku, out var tracked) && tracked.Status == StockStatus.Backorder
            ? tracked.RestockDate?.ToString("d", CultureInfo.CurrentCulture)
            : null;
}

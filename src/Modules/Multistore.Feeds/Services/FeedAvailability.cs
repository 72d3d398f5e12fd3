using System.Globalization;
using Multistore.Commerce;

namespace Multistore.Feeds.Services;

/// <summary>
/// Google's availability values. A SKU whose stock the store does not track is in stock: it can be ordered, as the
/// product page lets a shopper do. A SKU sold on backorder is <c>backorder</c> with its <c>availability_date</c>, which
/// Google requires with that value; without a ship date it is out of stock (the feed check says why).
/// </summary>
public static class FeedAvailability
{
    public const string InStock = "in_stock";
    public const string OutOfStock = "out_of_stock";
    public const string Backorder = "backorder";

    public static string Of(IReadOnlyDictionary<string, SkuStock> stock, string sku) =>
        !stock.TryGetValue(sku, out var tracked) ? InStock
        : tracked.Status == StockStatus.Backorder ? (tracked.RestockDate is null ? OutOfStock : Backorder)
        : tracked.Available <= 0 ? OutOfStock
        : InStock;

    /// <summary>The ship date of a backordered SKU, null for any other.</summary>
    public static DateOnly? DateOf(IReadOnlyDictionary<string, SkuStock> stock, string sku) =>
        stock.TryGetValue(sku, out var tracked) && tracked.Status == StockStatus.Backorder ? tracked.RestockDate : null;

    /// <summary>Whether a SKU is sold on backorder without a ship date, so the feed must call it out of stock.</summary>
    public static bool LacksDate(IReadOnlyDictionary<string, SkuStock> stock, string sku) =>
        stock.TryGetValue(sku, out var tracked) && tracked.Status == StockStatus.Backorder && tracked.RestockDate is null;

    /// <summary>Google's <c>availability_date</c>: ISO 8601 with time and zone (<c>YYYY-MM-DDThh:mmZ</c>), midnight UTC of the date.</summary>
    public static string? Format(DateOnly? date) =>
        date is { } day ? day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00Z" : null;
}

namespace Multistore.Feeds.Services;

/// <summary>
/// Google's availability values. A SKU whose stock the store does not track is in stock: it can be ordered, as the
/// product page lets a shopper do.
/// </summary>
public static class FeedAvailability
{
    public const string InStock = "in_stock";
    public const string OutOfStock = "out_of_stock";

    public static string Of(IReadOnlyDictionary<string, int> stock, string sku) =>
        stock.TryGetValue(sku, out var available) && available <= 0 ? OutOfStock : InStock;
}

using System.Globalization;

namespace Multistore.Caching;

/// <summary>
/// The tags cached pages carry and changes evict by, one spelling for every module (and, later, the CDN's surrogate
/// keys): a change to one product's price drops the pages that show that price and no others.
/// </summary>
public static class PageCacheTags
{
    /// <summary>Every cached page of the store: what a change without a narrower tag (a catalog edit, a stock change) evicts.</summary>
    public const string All = "storefront";

    /// <summary>Pages that show the price of <paramref name="sku"/>; added for every price a cached page read.</summary>
    public static string Sku(string sku) => "sku:" + sku.ToUpperInvariant();

    /// <summary>Pages about one product (its own page).</summary>
    public static string Product(Guid productId) => "product:" + productId.ToString("N", CultureInfo.InvariantCulture);

    /// <summary>
    /// Pages listed by the store's search index (category pages): a catalog change evicts them at once, and each node
    /// evicts them again once its index has taken the change in, so a page rendered from the index in between is not kept.
    /// </summary>
    public const string Listings = "listings";

    /// <summary>Pages about one category.</summary>
    public static string Category(string categoryKey) => "category:" + categoryKey;
}

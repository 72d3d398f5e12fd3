using Multistore.Catalog.Services;
using Multistore.Commerce;
using Multistore.Pricing.Services;

namespace Multistore.Feeds.Services;

/// <summary>
/// One page of the catalog with everything its feed items need, read in a handful of queries: the active products with
/// their texts in every culture, their sellable SKUs (variant names and weights), prices in the store's currency,
/// stock and image addresses.
/// </summary>
public sealed record FeedPage(
    IReadOnlyList<IndexableProduct> Products,
    IReadOnlyDictionary<string, SkuInfo> Skus,
    IReadOnlyDictionary<string, SkuPrice> Prices,
    IReadOnlyDictionary<string, SkuStock> Stock,
    IReadOnlyDictionary<Guid, IReadOnlyList<string>> Images);

using Microsoft.Extensions.Options;
using Multistore.Catalog.Services;
using Multistore.Commerce;
using Multistore.Pricing.Services;
using Multistore.Settings;

namespace Multistore.Recommendations.Services;

/// <summary>
/// Keeps the candidates a shopper could buy here now: active (no drafts), with a price in the store's currency and
/// something in stock or sold on backorder, each SKU counted only when it has both.
/// </summary>
internal sealed class RecommendableProducts(ICatalogFeed catalog, IPriceService prices, IEnumerable<IStockLevels> stock, IOptions<SiteSettings> site)
{
    /// <summary>The sellable products of <paramref name="candidates"/>, in their order.</summary>
    public async Task<IReadOnlyList<IndexableProduct>> KeepAsync(IReadOnlyList<Guid> candidates, CancellationToken cancellationToken)
    {
        if (candidates.Count == 0)
        {
            return [];
        }

        var products = (await catalog.LoadAsync([.. candidates.Distinct()], cancellationToken)).Where(p => p.IsActive).ToList();
        var priced = await prices.GetPricesAsync([.. products.SelectMany(p => SkusOf(p).Append(p.Sku)).Distinct(StringComparer.OrdinalIgnoreCase)], site.Value.Currency, cancellationToken);
        // A variant without a price of its own sells at its product's, as the product page shows it.
        var pricedSkus = products.SelectMany(p => SkusOf(p).Where(s => priced.ContainsKey(s) || priced.ContainsKey(p.Sku))).ToList();
        var levels = await stock.GetStockAsync(pricedSkus, cancellationToken);
        var sellable = pricedSkus.Where(levels.CanSell).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var byId = products.Where(p => SkusOf(p).Any(sellable.Contains)).ToDictionary(p => p.Id);
        return [.. candidates.Distinct().Where(byId.ContainsKey).Select(id => byId[id])];
    }

    /// <summary>What can go in a cart: the variants of a product that has them, else the product's own SKU.</summary>
    private static IEnumerable<string> SkusOf(IndexableProduct product) =>
        product.SellableSkus.Count > 0 ? product.SellableSkus : [product.Sku];
}

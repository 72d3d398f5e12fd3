using Multistore.Catalog.Media;
using Multistore.Catalog.Services;
using Multistore.Commerce;
using Multistore.Pricing.Services;

namespace Multistore.Feeds.Services;

/// <summary>
/// Reads the catalog a page at a time (by SKU, through the catalog's published feed), so a feed of any size is
/// written with one page in memory.
/// </summary>
public sealed class FeedPageReader(ICatalogFeed catalog, IProductCatalog products, IPriceService prices, IProductImages images, IEnumerable<IStockLevels> stock)
{
    public const int PageSize = 500;

    /// <summary>The page at <paramref name="skip"/> products, or null past the end of the catalog.</summary>
    public async Task<FeedPage?> ReadAsync(int skip, FeedScope scope, CancellationToken cancellationToken)
    {
        var ids = await catalog.ProductIdsAsync(skip, PageSize, cancellationToken);
        if (ids.Count == 0)
        {
            return null;
        }

        var active = (await catalog.LoadAsync(ids, cancellationToken)).Where(p => p.IsActive).OrderBy(p => p.Sku, StringComparer.Ordinal).ToList();
        var sellable = active.SelectMany(p => p.SellableSkus).ToList();
        var skus = await products.FindSkusAsync(sellable, scope.Culture, cancellationToken);
        var priced = await prices.GetPricesAsync([.. sellable.Concat(active.Select(p => p.Sku)).Distinct(StringComparer.OrdinalIgnoreCase)], scope.Currency, cancellationToken);
        var available = await stock.GetStockAsync(sellable, cancellationToken);
        var pictures = (await images.ForProductsAsync([.. active.Select(p => p.Id)], cancellationToken))
            .ToDictionary(p => p.Key, p => (IReadOnlyList<string>)[.. p.Value.Select(i => i.Url)]);
        return new FeedPage(active, skus, priced, available, pictures);
    }
}

using Multistore.Catalog.Services;
using Multistore.Pricing.Services;

namespace Multistore.Search.Indexing;

/// <summary>
/// Re-reads products from the catalog and their prices in every currency the store sells in (each currency's
/// default list, and the store currency), and writes their documents into every culture's index.
/// </summary>
public sealed class ProductIndexWriter(ICatalogFeed feed, IPriceService prices, TenantSearchIndex index)
{
    public async Task WriteAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var products = await feed.LoadAsync(ids, cancellationToken);
        var skus = products.SelectMany(p => p.SellableSkus.Append(p.Sku)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var currencies = (await prices.CurrenciesAsync(cancellationToken)).Append(index.Currency)
            .Select(c => c.Trim().ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToList();
        var priced = new Dictionary<string, IReadOnlyDictionary<string, SkuPrice>>(StringComparer.Ordinal);
        foreach (var currency in currencies)
        {
            priced[currency] = await prices.GetPricesAsync(skus, currency, cancellationToken);
        }

        var found = products.ToDictionary(p => p.Id);
        foreach (var culture in index.All)
        {
            foreach (var id in ids)
            {
                var document = found.TryGetValue(id, out var product) && product.IsActive && product.Texts.Count > 0
                    ? ProductDocuments.Build(product, culture.Culture, index.DefaultCulture, FromPrices(product, priced))
                    : null;
                culture.Update(id.ToString(), document);
            }
        }
    }

    private static List<IndexablePrice> FromPrices(IndexableProduct product, Dictionary<string, IReadOnlyDictionary<string, SkuPrice>> priced) =>
        [.. priced.Select(pair => FromPrice(product, pair.Key, pair.Value)).OfType<IndexablePrice>()];

    private static IndexablePrice? FromPrice(IndexableProduct product, string currency, IReadOnlyDictionary<string, SkuPrice> priced)
    {
        var lowest = product.SellableSkus.Select(s => priced.GetValueOrDefault(s)).OfType<SkuPrice>().MinBy(p => p.Price.Amount)
            ?? priced.GetValueOrDefault(product.Sku);
        return lowest is null ? null : new IndexablePrice(currency, lowest.Price.Amount, lowest.CompareAt?.Amount);
    }
}

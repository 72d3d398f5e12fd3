using Multistore.Catalog.Services;
using Multistore.Pricing.Services;

namespace Multistore.Search.Indexing;

/// <summary>Re-reads products from the catalog and prices, and writes their documents into every culture's index.</summary>
public sealed class ProductIndexWriter(CatalogFeed feed, IPriceService prices, TenantSearchIndex index)
{
    public async Task WriteAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var products = await feed.LoadAsync(ids, cancellationToken);
        var skus = products.SelectMany(p => p.SellableSkus.Append(p.Sku)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var priced = await prices.GetPricesAsync(skus, index.Currency, cancellationToken);
        var found = products.ToDictionary(p => p.Id);
        foreach (var culture in index.All)
        {
            foreach (var id in ids)
            {
                var document = found.TryGetValue(id, out var product) && product.IsActive && product.Texts.Count > 0
                    ? ProductDocuments.Build(product, culture.Culture, index.DefaultCulture, FromPrice(product, priced), index.Currency)
                    : null;
                culture.Update(id.ToString(), document);
            }
        }
    }

    private static IndexablePrice? FromPrice(IndexableProduct product, IReadOnlyDictionary<string, SkuPrice> priced)
    {
        var lowest = product.SellableSkus.Select(s => priced.GetValueOrDefault(s)).OfType<SkuPrice>().MinBy(p => p.Price.Amount)
            ?? priced.GetValueOrDefault(product.Sku);
        return lowest is null ? null : new IndexablePrice(lowest.Price.Amount, lowest.CompareAt?.Amount);
    }
}

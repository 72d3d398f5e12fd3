namespace Multistore.Pricing.Services;

/// <summary>The "from" price a card or a product page shows: the product's own SKU's price, else its cheapest sellable variant's.</summary>
public static class FromPrice
{
    public static SkuPrice? Of(IReadOnlyDictionary<string, SkuPrice> priced, string productSku, IEnumerable<string> sellableSkus) =>
        priced.GetValueOrDefault(productSku) ?? sellableSkus.Select(priced.GetValueOrDefault).OfType<SkuPrice>().MinBy(p => p.Price.Amount);
}

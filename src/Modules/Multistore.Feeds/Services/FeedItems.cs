using System.Runtime.CompilerServices;
using Multistore.Catalog.Services;
using Multistore.Commerce;
using Multistore.Localization;
using Multistore.Pricing.Services;

namespace Multistore.Feeds.Services;

/// <summary>
/// The store's feed items in one culture, one per sellable SKU (each variant, or the product itself when it has
/// none), a page of the catalog at a time. A SKU without a price in the store's currency is left out: it cannot be
/// bought, and a marketplace rejects an item without a price. A product without a description is described by its
/// title, since Google requires one.
/// </summary>
public sealed class FeedItems(FeedPageReader pages, FeedShipping shipping, FeedTax tax)
{
    public async IAsyncEnumerable<FeedItem> ForAsync(FeedScope scope, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var countries = FeedShipping.CountriesOf(scope.Cultures);
        for (var skip = 0; await pages.ReadAsync(skip, scope, cancellationToken) is { } page; skip += FeedPageReader.PageSize)
        {
            foreach (var product in page.Products)
            {
                foreach (var sku in product.VariantSkus.Count > 0 ? product.VariantSkus : product.SellableSkus)
                {
                    if ((page.Prices.GetValueOrDefault(sku) ?? page.Prices.GetValueOrDefault(product.Sku)) is not { } price)
                    {
                        continue;
                    }

                    var info = page.Skus.GetValueOrDefault(sku);
                    var item = ItemOf(scope, page, product, sku, price, info);
                    var offered = item.SalePrice ?? item.Price;
                    yield return item with
                    {
                        Shipping = await shipping.ForAsync(countries, offered, info?.WeightKg ?? 0m, cancellationToken),
                        Tax = await tax.ForAsync(countries, info?.TaxClass ?? RegionalTaxRate.StandardClass, cancellationToken),
                    };
                }
            }
        }
    }

    private static FeedItem ItemOf(FeedScope scope, FeedPage page, IndexableProduct product, string sku, SkuPrice price, SkuInfo? info)
    {
        var text = CultureFallback.Find(product.Texts, scope.Culture, scope.DefaultCulture);
        var name = text?.Name ?? product.Sku;
        var hasVariants = product.VariantSkus.Count > 0;
        var title = hasVariants && info?.VariantName is { Length: > 0 } variant ? $"{name} – {variant}" : name;
        var images = page.Images.GetValueOrDefault(product.Id) ?? [];
        var description = PlainText.FromHtml(text?.Description ?? "");
        var onSale = price.CompareAt is { } compareAt && compareAt.Amount > price.Price.Amount;
        return new FeedItem(
            sku,
            title,
            description.Length > 0 ? description : title,
            scope.Url("/products/" + Uri.EscapeDataString(text?.Slug ?? product.Sku)),
            images.Count > 0 ? scope.Absolute(images[0]) : null,
            [.. images.Skip(1).Take(10).Select(scope.Absolute)],
            FeedAvailability.Of(page.Stock, sku),
            onSale ? price.CompareAt!.Value : price.Price,
            onSale ? price.Price : (Money?)null,
            Attribute(product, "brand") ?? scope.SiteName,
            hasVariants ? null : Attribute(product, "gtin"),
            hasVariants ? null : Attribute(product, "mpn"),
            hasVariants ? product.Sku : null,
            []);
    }

    private static string? Attribute(IndexableProduct product, string name) =>
        product.Attributes.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}

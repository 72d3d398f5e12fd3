using System.Globalization;
using Microsoft.Extensions.Options;
using Multistore.Catalog.Media;
using Multistore.Catalog.Services;
using Multistore.Commerce;
using Multistore.Pricing.Services;
using Multistore.Settings;
using Multistore.StorefrontApi.Contracts;
using ProductImage = Multistore.StorefrontApi.Contracts.ProductImage;

namespace Multistore.StorefrontApi.Services;

/// <summary>
/// Turns catalog products into what the API sells: every variant with its labelled option values, its own price
/// in the currency asked for, its stock and the product's images. One batched read each for prices, stock and
/// images however many products the page holds (labels are cached by the catalog). A variant without a price of
/// its own is not available: a cart would refuse it.
/// </summary>
public sealed class ProductOffers(IProductCatalog catalog, IPriceService prices, IProductImages images, IEnumerable<IStockLevels> stockLevels, IOptions<SiteSettings> site)
{
    public async Task<IReadOnlyList<ProductListItem>> ItemsAsync(IReadOnlyList<ListedProduct> products, string currency, CancellationToken cancellationToken)
    {
        if (products.Count == 0)
        {
            return [];
        }

        var sellable = products.SelectMany(p => p.SellableSkus).ToList();
        var priced = await prices.GetPricesAsync([.. sellable.Concat(products.Select(p => p.Sku)).Distinct(StringComparer.OrdinalIgnoreCase)], currency, cancellationToken);
        var stock = stockLevels.FirstOrDefault() is { } levels
            ? await levels.GetStockAsync(sellable, cancellationToken)
            : new Dictionary<string, SkuStock>();
        var pictures = await images.ForProductsAsync([.. products.Select(p => p.Id)], cancellationToken);
        var labels = products.Any(p => p.Options.Count > 0) ? await catalog.AttributeLabelsAsync(cancellationToken) : AttributeLabels.None;
        var text = new Labels(labels, CultureInfo.CurrentCulture.Name, site.Value.DefaultCulture);
        return [.. products.Select(p => Item(p, priced, stock, pictures.GetValueOrDefault(p.Id) ?? [], text))];
    }

    private static ProductListItem Item(ListedProduct product, IReadOnlyDictionary<string, SkuPrice> priced,
        IReadOnlyDictionary<string, SkuStock> stock, IReadOnlyList<ProductImageLink> pictures, Labels labels)
    {
        var variants = product.Variants.Count == 0
            ? [Variant(product.Sku, "", [], priced, stock)]
            : product.Variants.Select(v =>
            {
                var values = v.Values.Select((value, i) => i < product.Options.Count
                    ? new VariantOptionValue(product.Options[i], value, labels.Value(product.Options[i], value))
                    : new VariantOptionValue("", value, value)).ToList();
                return Variant(v.Sku, string.Join(" / ", values.Select(o => o.Label)), values, priced, stock);
            }).ToList();
        var from = FromPrice.Of(priced, product.Sku, product.SellableSkus);
        return new ProductListItem(product.Id, product.Sku, product.Name, product.Slug, from?.Price, from?.CompareAt,
            [.. product.Options.Select(o => new ProductOption(o, labels.Name(o)))], variants,
            [.. pictures.Select(p => new ProductImage(p.Url, p.Width, p.Height, p.AltIn(labels.Culture, labels.DefaultCulture)))]);
    }

    private static ProductVariant Variant(string sku, string name, IReadOnlyList<VariantOptionValue> values,
        IReadOnlyDictionary<string, SkuPrice> priced, IReadOnlyDictionary<string, SkuStock> stock)
    {
        var price = priced.GetValueOrDefault(sku);
        var level = stock.GetValueOrDefault(sku);
        var shown = level?.Status switch
        {
            StockStatus.OutOfStock => new VariantStock(VariantStock.OutOfStock),
            StockStatus.LowStock => new VariantStock(VariantStock.LowStock, level.Available),
            StockStatus.Backorder => new VariantStock(VariantStock.Backorder, RestockDate: level.RestockDate),
            _ => new VariantStock(VariantStock.InStock),
        };
        return new ProductVariant(sku, name, values, price?.Price, price?.CompareAt,
            price is not null && shown.Status != VariantStock.OutOfStock, shown);
    }

    private sealed record Labels(AttributeLabels Texts, string Culture, string DefaultCulture)
    {
        public string Name(string name) => Texts.NameIn(name, Culture, DefaultCulture);

        public string Value(string name, string value) => Texts.ValueIn(name, value, Culture, DefaultCulture);
    }
}

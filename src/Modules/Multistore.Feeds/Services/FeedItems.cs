using System.Runtime.CompilerServices;
using Multistore.Catalog.Services;
using Multistore.Commerce;
using Multistore.Localization;
using Multistore.Pricing.Services;

namespace Multistore.Feeds.Services;

/// <summary>
/// The store's feed items in one culture, one per sellable SKU (each variant, or the product itself when it has
/// none), a page of the catalog at a time. Which SKUs are listed and what a marketplace would object to are
/// <see cref="FeedRules"/>': <see cref="EntriesAsync"/> gives every sellable SKU with its item (or none) and its
/// problems, for the admin's feed check; <see cref="ForAsync"/> gives the listed items with shipping and tax, for
/// the feeds.
/// </summary>
public sealed class FeedItems(FeedPageReader pages, FeedShipping shipping, FeedTax tax)
{
    public async IAsyncEnumerable<FeedItem> ForAsync(FeedScope scope, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var countries = FeedShipping.CountriesOf(scope.Cultures);
        await foreach (var entry in EntriesAsync(scope, cancellationToken))
        {
            if (entry.Item is not { } item)
            {
                continue;
            }

            var offered = item.SalePrice ?? item.Price;
            yield return item with
            {
                Shipping = await shipping.ForAsync(countries, offered, entry.Sku.Info?.WeightKg ?? 0m, cancellationToken),
                Tax = await tax.ForAsync(countries, entry.Sku.Info?.TaxClass ?? RegionalTaxRate.StandardClass, cancellationToken),
            };
        }
    }

    /// <summary>Every sellable SKU of the store's active products in the scope's culture, listed or not, with its problems.</summary>
    public async IAsyncEnumerable<FeedEntry> EntriesAsync(FeedScope scope, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var skip = 0; await pages.ReadAsync(skip, scope, cancellationToken) is { } page; skip += FeedPageReader.PageSize)
        {
            foreach (var product in page.Products)
            {
                foreach (var sku in product.VariantSkus.Count > 0 ? product.VariantSkus : product.SellableSkus)
                {
                    var facts = SkuOf(scope, page, product, sku);
                    var item = FeedRules.Lists(facts) ? ItemOf(scope, facts) : null;
                    yield return new FeedEntry(facts, item, FeedRules.ProblemsOf(facts, item, scope.Culture));
                }
            }
        }
    }

    private static FeedSku SkuOf(FeedScope scope, FeedPage page, IndexableProduct product, string sku)
    {
        var textCulture = CultureFallback.Chain(scope.Culture, scope.DefaultCulture, product.Texts.Keys)
            .FirstOrDefault(product.Texts.ContainsKey);
        var text = textCulture is null ? null : product.Texts[textCulture];
        var info = page.Skus.GetValueOrDefault(sku);
        var name = text?.Name ?? product.Sku;
        var title = product.VariantSkus.Count > 0 && info?.VariantName is { Length: > 0 } variant ? $"{name} – {variant}" : name;
        return new FeedSku(
            product,
            sku,
            info,
            title,
            page.Prices.GetValueOrDefault(sku) ?? page.Prices.GetValueOrDefault(product.Sku),
            text,
            textCulture,
            PlainText.Uncut(text?.Description ?? ""),
            page.Images.GetValueOrDefault(product.Id) ?? [],
            FeedAvailability.Of(page.Stock, sku))
        {
            AvailabilityDate = FeedAvailability.DateOf(page.Stock, sku),
            BackorderWithoutDate = FeedAvailability.LacksDate(page.Stock, sku),
        };
    }

    private static FeedItem ItemOf(FeedScope scope, FeedSku sku)
    {
        var product = sku.Product;
        var price = sku.Price!;
        var hasVariants = product.VariantSkus.Count > 0;
        var onSale = price.CompareAt is { } compareAt && compareAt.Amount > price.Price.Amount;
        return new FeedItem(
            sku.Sku,
            sku.Title,
            FeedRules.Description(sku.Description, sku.Title),
            scope.Url("/products/" + Uri.EscapeDataString(sku.Text?.Slug ?? product.Sku)),
            sku.Images.Count > 0 ? scope.Absolute(sku.Images[0]) : null,
            [.. sku.Images.Skip(1).Take(FeedRules.AdditionalImagesMax).Select(scope.Absolute)],
            sku.Availability,
            onSale ? price.CompareAt!.Value : price.Price,
            onSale ? price.Price : (Money?)null,
            FeedRules.Attribute(product, "brand") ?? scope.SiteName,
            hasVariants ? null : FeedRules.Attribute(product, "gtin"),
            hasVariants ? null : FeedRules.Attribute(product, "mpn"),
            hasVariants ? product.Sku : null,
            [])
        {
            AvailabilityDate = sku.Availability == FeedAvailability.Backorder ? sku.AvailabilityDate : null,
        };
    }
}

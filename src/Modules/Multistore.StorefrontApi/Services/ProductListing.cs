using System.Globalization;
using Microsoft.Extensions.Options;
using Multistore.Catalog.Media;
using Multistore.Catalog.Services;
using Multistore.Pricing.Services;
using Multistore.Settings;
using Multistore.StorefrontApi.Contracts;
using ProductDetail = Multistore.StorefrontApi.Contracts.ProductDetail;
using ProductImage = Multistore.StorefrontApi.Contracts.ProductImage;

namespace Multistore.StorefrontApi.Services;

/// <summary>
/// Puts the catalog's texts and the price service's prices together for the API, from the same services
/// the storefront pages use. A product without variants is sold as its own SKU; a SKU is available when it
/// is active and has a price in the store's currency.
/// </summary>
public sealed class ProductListing(IProductCatalog catalog, IPriceService prices, IProductImages images, IOptions<SiteSettings> site)
{
    public async Task<ProductPage> ListAsync(string? query, int page, int pageSize, CancellationToken cancellationToken)
    {
        var culture = CultureInfo.CurrentCulture.Name;
        var all = await catalog.ListActiveAsync(culture, 0, int.MaxValue, cancellationToken);
        var matches = string.IsNullOrWhiteSpace(query) ? all : [.. all.Where(p => Matches(p, query.Trim()))];
        var items = matches.Skip((page - 1) * pageSize).Take(pageSize).ToList();
        var priced = await prices.GetPricesAsync([.. items.Select(p => p.Sku)], site.Value.Currency, cancellationToken);
        return new ProductPage([.. items.Select(p => Item(p, priced.GetValueOrDefault(p.Sku)))], matches.Count, page, pageSize);
    }

    public async Task<ProductDetail?> FindAsync(string slug, CancellationToken cancellationToken)
    {
        var culture = CultureInfo.CurrentCulture.Name;
        var product = await catalog.FindBySlugAsync(culture, slug, cancellationToken);
        if (product is null)
        {
            return null;
        }

        var priced = await prices.GetPricesAsync([product.Sku], site.Value.Currency, cancellationToken);
        var price = priced.GetValueOrDefault(product.Sku);
        var pictures = await images.ForProductAsync(product.Id, cancellationToken);
        return new ProductDetail(product.Id, product.Sku, product.Name, product.Slug, product.Description,
            price?.Price, price?.CompareAt, culture, [new ProductVariant(product.Sku, price?.Price, price is not null)])
        {
            Images = [.. pictures.Select(p => new ProductImage(p.Url, p.Width, p.Height, p.AltIn(culture, site.Value.DefaultCulture)))],
        };
    }

    private static ProductListItem Item(ProductSummary product, SkuPrice? price) =>
        new(product.Id, product.Sku, product.Name, product.Slug, price?.Price,
            [new ProductVariant(product.Sku, price?.Price, price is not null)]);

    private static bool Matches(ProductSummary product, string query) =>
        product.Name.Contains(query, StringComparison.CurrentCultureIgnoreCase)
        || product.Sku.Contains(query, StringComparison.OrdinalIgnoreCase)
        || product.Description.Contains(query, StringComparison.CurrentCultureIgnoreCase);
}

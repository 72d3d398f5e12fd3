using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Multistore.Catalog.Media;
using Multistore.Catalog.Models;
using Multistore.Catalog.Services;
using Multistore.Pricing.Services;
using Multistore.Settings;
using Multistore.Theming;

namespace Multistore.Catalog.Endpoints;

public static class ProductPageEndpoints
{
    /// <summary>The product page with its variant picker: <c>/products/{slug}</c>, template <c>product</c>.</summary>
    public static IEndpointRouteBuilder MapProductPages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/products/{slug}", async (string slug, IProductCatalog catalog, IPriceService prices, ProductImageUrls images, IOptions<SiteSettings> site, IThemeViewRenderer views, CancellationToken cancellationToken) =>
        {
            var product = await catalog.GetDetailAsync(CultureInfo.CurrentCulture.Name, slug, cancellationToken);
            if (product is null)
            {
                return await views.ViewAsync("not-found", null, StatusCodes.Status404NotFound);
            }

            var priced = await prices.GetPricesAsync([.. product.SellableSkus.Append(product.Sku)], site.Value.Currency, cancellationToken);
            var pictures = await images.ForProductAsync(product.Id, cancellationToken);
            var culture = CultureInfo.CurrentCulture.Name;
            return await views.ViewAsync("product", new ProductPage(ViewOf(product, priced) with
            {
                Pictures = [.. pictures.Select(p => new ProductImageView(p.Url, p.AltIn(culture, site.Value.DefaultCulture), p.Width, p.Height))],
            }));
        }).WithName("ProductPage");
        return endpoints;
    }

    private static ProductView ViewOf(ProductDetail product, IReadOnlyDictionary<string, SkuPrice> priced)
    {
        var variants = product.Variants.Select(v =>
        {
            var price = priced.GetValueOrDefault(v.Sku) ?? priced.GetValueOrDefault(product.Sku);
            return new VariantView(v.Sku, v.Name, v.Values, price?.Price, price?.CompareAt);
        }).ToList();
        var from = priced.GetValueOrDefault(product.Sku)
            ?? product.SellableSkus.Select(priced.GetValueOrDefault).OfType<SkuPrice>().MinBy(p => p.Price.Amount);
        return new ProductView(product.Sku, product.Name, $"/products/{product.Slug}", from?.Price, from?.CompareAt, product.Description,
            product.SeoTitle, product.SeoDescription, product.Options, variants,
            [.. product.Attributes.Select(a => new AttributeView(a.Key, a.Value))],
            [.. product.Categories.Select(c => new CategoryLinkView(c.Name, $"/categories/{c.Slug}"))]);
    }
}

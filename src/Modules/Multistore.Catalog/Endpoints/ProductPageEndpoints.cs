using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Multistore.Caching;
using Multistore.Catalog.Models;
using Multistore.Catalog.Services;
using Multistore.Commerce;
using Multistore.Pricing.Services;

namespace Multistore.Catalog.Endpoints;

public static class ProductPageEndpoints
{
    /// <summary>The product page with its variant picker: <c>/products/{slug}</c>, template <c>product</c>.</summary>
    public static IEndpointRouteBuilder MapProductPages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/products/{slug}", async Task<ContentHttpResult> (string slug, HttpContext context, [AsParameters] ProductPageServices services, CancellationToken cancellationToken) =>
        {
            var (catalog, views, site) = (services.Catalog, services.Views, services.Site);
            var product = await catalog.GetDetailAsync(CultureInfo.CurrentCulture.Name, slug, cancellationToken);
            if (product is null)
            {
                return await views.ViewAsync("not-found", null, StatusCodes.Status404NotFound);
            }

            PageCacheTagsFeature.Add(context, product.Categories.Select(c => PageCacheTags.Category(c.Key)).Prepend(PageCacheTags.Product(product.Id)));

            var priced = await services.Prices.GetPricesAsync([.. product.SellableSkus.Append(product.Sku)], site.Value.Currency, cancellationToken);
            var pictures = await services.Images.ForProductAsync(product.Id, cancellationToken);
            var stock = await services.Stock.GetStockAsync([.. product.SellableSkus.Append(product.Sku)], cancellationToken);
            var culture = CultureInfo.CurrentCulture.Name;
            var labels = new LabelsIn(await catalog.AttributeLabelsAsync(cancellationToken), culture, site.Value.DefaultCulture);
            return await views.ViewAsync("product", new ProductPage(ViewOf(product, priced, stock, labels) with
            {
                Pictures = [.. pictures.Select(p => new ProductImageView(p.Url, p.AltIn(culture, site.Value.DefaultCulture), p.Width, p.Height))],
            }));
        }).WithName("ProductPage").CachedStorefrontPage();
        return endpoints;
    }

    /// <summary>The page shows option and attribute names and values in the page's culture (<see cref="AttributeLabels"/>).</summary>
    private static ProductView ViewOf(ProductDetail product, IReadOnlyDictionary<string, SkuPrice> priced, IReadOnlyDictionary<string, SkuStock> stock, LabelsIn labels)
    {
        var variants = product.Variants.Select(v =>
        {
            var price = priced.GetValueOrDefault(v.Sku) ?? priced.GetValueOrDefault(product.Sku);
            var values = v.Values.Select((value, i) => i < product.Options.Count ? labels.Value(product.Options[i], value) : value).ToList();
            return new VariantView(v.Sku, string.Join(" / ", values), values, price?.Price, price?.CompareAt)
            {
                Availability = StockAvailability.Of(stock, v.Sku),
                ShipsBy = StockAvailability.ShipsBy(stock, v.Sku),
            };
        }).ToList();
        var from = FromPrice.Of(priced, product.Sku, product.SellableSkus);
        return new ProductView(product.Sku, product.Name, $"/products/{product.Slug}", from?.Price, from?.CompareAt, product.Description,
            product.SeoTitle, product.SeoDescription, [.. product.Options.Select(labels.Name)], variants,
            [.. product.Attributes.Select(a => new AttributeView(labels.Name(a.Key), labels.Value(a.Key, a.Value)))],
            [.. product.Categories.Select(c => new CategoryLinkView(c.Name, $"/categories/{c.Slug}"))])
        {
            Availability = StockAvailability.Of(stock, product.Sku),
            ShipsBy = StockAvailability.ShipsBy(stock, product.Sku),
        };
    }

    private sealed record LabelsIn(AttributeLabels Labels, string Culture, string DefaultCulture)
    {
        public string Name(string name) => Labels.NameIn(name, Culture, DefaultCulture);

        public string Value(string name, string value) => Labels.ValueIn(name, value, Culture, DefaultCulture);
    }
}

using System.Globalization;
using Multistore.Catalog.Services;
using Multistore.Commerce;
using Multistore.StorefrontApi.Contracts;
using ProductDetail = Multistore.StorefrontApi.Contracts.ProductDetail;

namespace Multistore.StorefrontApi.Services;

/// <summary>
/// The API's product list, product and recommendations, from the same catalog the storefront pages read: the list is
/// a page of the catalog counted and paged in the database, never the whole catalog; <see cref="ProductOffers"/> adds
/// variants, prices, stock and images.
/// </summary>
public sealed class ProductListing(IProductCatalog catalog, ProductOffers offers)
{
    public async Task<ProductPage> ListAsync(string? query, int page, int pageSize, string currency, CancellationToken cancellationToken)
    {
        var found = await catalog.PageActiveAsync(new CatalogPageQuery(CultureInfo.CurrentCulture.Name, query, (page - 1) * pageSize, pageSize), cancellationToken);
        return new ProductPage(await offers.ItemsAsync(found.Items, currency, cancellationToken), found.Total, page, pageSize, currency);
    }

    public async Task<ProductDetail?> FindAsync(string slug, string currency, CancellationToken cancellationToken)
    {
        var culture = CultureInfo.CurrentCulture.Name;
        var product = await catalog.GetDetailAsync(culture, slug, cancellationToken);
        if (product is null)
        {
            return null;
        }

        var listed = new ListedProduct(product.Id, product.Sku, product.Name, product.Slug, product.Description, product.Options, product.Variants);
        var item = (await offers.ItemsAsync([listed], currency, cancellationToken))[0];
        return new ProductDetail(item.Id, item.Sku, item.Name, item.Slug, product.Description, item.Price, item.CompareAt, culture, item.Variants)
        {
            Options = item.Options,
            Images = item.Images,
        };
    }

    /// <summary>Up to <paramref name="count"/> products recommended beside the product at <paramref name="slug"/>; null when there is no such product.</summary>
    public async Task<ProductRecommendationList?> RecommendAsync(string slug, IProductRecommendations recommender, int count, string currency, CancellationToken cancellationToken)
    {
        var culture = CultureInfo.CurrentCulture.Name;
        var product = await catalog.FindBySlugAsync(culture, slug, cancellationToken);
        if (product is null)
        {
            return null;
        }

        var recommended = (await recommender.ForProductAsync(product.Id, culture, count, cancellationToken))
            .Where(r => r.ProductId != product.Id).DistinctBy(r => r.ProductId).Take(count).ToList();
        var products = await catalog.ListActiveAsync([.. recommended.Select(r => r.ProductId)], culture, cancellationToken);
        var reasons = recommended.ToDictionary(r => r.ProductId, r => r.Reason);
        var items = await offers.ItemsAsync(products, currency, cancellationToken);
        return new ProductRecommendationList([.. items.Select(i => i with { Reason = ReasonName(reasons[i.Id]) })], currency);
    }

    private static string ReasonName(RecommendationReason reason) => reason switch
    {
        RecommendationReason.BoughtTogether => "bought-together",
        RecommendationReason.Similar => "similar",
        _ => "popular",
    };
}

using System.Globalization;
using Microsoft.Extensions.Options;
using Multistore.Catalog.Media;
using Multistore.Catalog.Services;
using Multistore.Pricing.Services;
using Multistore.Settings;

namespace Multistore.Storefront.Endpoints;

/// <summary>Puts catalog texts, first images and store-currency prices together for the pages.</summary>
public sealed class ProductCards(IPriceService prices, IProductImages images, IOptions<SiteSettings> site)
{
    public async Task<IReadOnlyList<ProductCard>> ForAsync(IReadOnlyList<ProductSummary> products, CancellationToken cancellationToken)
    {
        var priced = await prices.GetPricesAsync([.. products.Select(p => p.Sku)], site.Value.Currency, cancellationToken);
        var cards = products.Select(p =>
        {
            priced.TryGetValue(p.Sku, out var price);
            return (p.Id, new ProductCard(p.Sku, p.Name, $"/products/{p.Slug}", price?.Price, price?.CompareAt, p.Description));
        }).ToList();
        return await images.WithImagesAsync(cards, CultureInfo.CurrentCulture.Name, site.Value.DefaultCulture, cancellationToken);
    }
}

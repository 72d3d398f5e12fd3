using Microsoft.Extensions.Options;
using Multistore.Catalog.Services;
using Multistore.Pricing.Services;
using Multistore.Settings;

namespace Multistore.Storefront.Endpoints;

/// <summary>Puts catalog texts and store-currency prices together for the pages.</summary>
public sealed class ProductCards(IPriceService prices, IOptions<SiteSettings> site)
{
    public async Task<IReadOnlyList<ProductCard>> ForAsync(IReadOnlyList<ProductSummary> products, CancellationToken cancellationToken)
    {
        var priced = await prices.GetPricesAsync([.. products.Select(p => p.Sku)], site.Value.Currency, cancellationToken);
        return [.. products.Select(p =>
        {
            priced.TryGetValue(p.Sku, out var price);
            return new ProductCard(p.Sku, p.Name, $"/products/{p.Slug}", price?.Price, price?.CompareAt, p.Description);
        })];
    }
}

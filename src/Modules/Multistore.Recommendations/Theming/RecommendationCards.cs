using Microsoft.Extensions.Options;
using Multistore.Catalog.Media;
using Multistore.Catalog.Services;
using Multistore.Commerce;
using Multistore.Localization;
using Multistore.Pricing.Services;
using Multistore.Settings;

namespace Multistore.Recommendations.Theming;

/// <summary>Turns recommendations into cards in the page's culture with prices in the store's currency.</summary>
internal sealed class RecommendationCards(ICatalogFeed catalog, IPriceService prices, IProductImages images, IOptions<SiteSettings> site)
{
    public async Task<RecommendationsView> ForAsync(IReadOnlyList<RecommendedProduct> recommended, string culture, CancellationToken cancellationToken)
    {
        if (recommended.Count == 0)
        {
            return new RecommendationsView([], []);
        }

        var products = (await catalog.LoadAsync([.. recommended.Select(r => r.ProductId)], cancellationToken)).ToDictionary(p => p.Id);
        var priced = await prices.GetPricesAsync([.. products.Values.SelectMany(p => p.SellableSkus.Append(p.Sku)).Distinct(StringComparer.OrdinalIgnoreCase)], site.Value.Currency, cancellationToken);
        var found = recommended.Where(r => products.ContainsKey(r.ProductId))
            .Select(r => (r.Reason, r.ProductId, Card: Card(products[r.ProductId], priced, culture)))
            .Where(c => c.Card is not null)
            .ToList();
        var pictured = await images.WithImagesAsync([.. found.Select(c => (c.ProductId, c.Card!))], culture, site.Value.DefaultCulture, cancellationToken);
        var cards = found.Select((c, i) => (c.Reason, Card: pictured[i])).ToList();
        return new RecommendationsView(
            [.. cards.Where(c => c.Reason == RecommendationReason.BoughtTogether).Select(c => c.Card!)],
            [.. cards.Where(c => c.Reason != RecommendationReason.BoughtTogether).Select(c => c.Card!)]);
    }

    /// <summary>The product's own price, else its lowest variant's, as the product page shows it.</summary>
    private ProductCard? Card(IndexableProduct product, IReadOnlyDictionary<string, SkuPrice> priced, string culture)
    {
        if (CultureFallback.Find(product.Texts, culture, site.Value.DefaultCulture) is not { } text)
        {
            return null;
        }

        var price = FromPrice.Of(priced, product.Sku, product.SellableSkus);
        return new ProductCard(product.Sku, text.Name, $"/products/{text.Slug}", price?.Price, price?.CompareAt);
    }
}

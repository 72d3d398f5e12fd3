using Multistore.Catalog.Services;

namespace Multistore.Catalog.Media;

/// <summary>Gives the cards of a list their products' first images, read for the whole list at once.</summary>
public static class ProductCardImages
{
    public static async Task<IReadOnlyList<ProductCard>> WithImagesAsync(this IProductImages images, IReadOnlyList<(Guid ProductId, ProductCard Card)> cards,
        string culture, string defaultCulture, CancellationToken cancellationToken)
    {
        var found = await images.ForProductsAsync([.. cards.Select(c => c.ProductId)], cancellationToken);
        return [.. cards.Select(c => found.TryGetValue(c.ProductId, out var list) && list is [var first, ..]
            ? c.Card with { Image = first.Url, ImageAlt = first.AltIn(culture, defaultCulture) }
            : c.Card)];
    }
}

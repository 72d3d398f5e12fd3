namespace Multistore.Catalog.Media;

/// <summary>
/// Which of a product's images shows one variant: the first whose alt text in the shopper's culture names one of the
/// variant's values ("Beanie, red" for the red one), else the product's first image. Catalogs that give each colour
/// its own picture say which colour it shows in its alt text, as a reader needs anyway.
/// </summary>
public static class VariantPicture
{
    public static ProductImageLink? For(IReadOnlyList<ProductImageLink> images, string? variantName, string culture, string defaultCulture)
    {
        var values = (variantName ?? "").Split(" / ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return images.FirstOrDefault(image => values.Any(value => image.AltIn(culture, defaultCulture).Contains(value, StringComparison.CurrentCultureIgnoreCase) && value.Length > 2))
            ?? (images.Count > 0 ? images[0] : null);
    }
}

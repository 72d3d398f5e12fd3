using Multistore.Localization;

namespace Multistore.Catalog.Media;

/// <summary>
/// An image of a product as pages link it: <c>url</c> takes <c>image_url: width: 400</c> for a resized copy;
/// <see cref="AltTexts"/> holds its alt text per culture.
/// </summary>
public sealed record ProductImageLink(Guid Id, string Url, int Width, int Height, IReadOnlyDictionary<string, string> AltTexts)
{
    /// <summary>The alt text in <paramref name="culture"/> or the nearest culture (<see cref="CultureFallback"/>), else empty.</summary>
    public string AltIn(string culture, string defaultCulture) =>
        CultureFallback.Find(AltTexts, culture, defaultCulture) ?? "";
}

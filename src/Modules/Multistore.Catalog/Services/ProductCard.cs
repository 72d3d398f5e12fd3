using Multistore.Commerce;

namespace Multistore.Catalog.Services;

/// <summary>
/// A product in a list, as every theme's <c>product-card</c> partial reads it: the home page, a category and search
/// results all fill this one shape. <see cref="Description"/> is there where the list has the text at hand
/// (the home page), null where it has not (search hits).
/// </summary>
public sealed record ProductCard(string Sku, string Name, string Url, Money? Price, Money? CompareAt, string? Description = null)
{
    /// <summary>The URL of the product's first image (<c>image_url: width: 400</c> takes it), null when it has none.</summary>
    public string? Image { get; init; }

    /// <summary>That image's alt text in the page's culture; empty when it has none (the card's title names the product).</summary>
    public string? ImageAlt { get; init; }
}

using Multistore.Commerce;

namespace Multistore.Catalog.Models;

/// <summary>The product page's product, compatible with a theme's product card (<c>name</c>, <c>price</c>, <c>compare_at</c>, <c>url</c>).</summary>
public sealed record ProductView(
    string Sku,
    string Name,
    string Url,
    Money? Price,
    Money? CompareAt,
    string Description,
    string SeoTitle,
    string SeoDescription,
    IReadOnlyList<string> Options,
    IReadOnlyList<VariantView> Variants,
    IReadOnlyList<AttributeView> Attributes,
    IReadOnlyList<CategoryLinkView> Categories)
{
    /// <summary>The product's images in order, with their alt text in the page's culture (empty when an editor gave none).</summary>
    public IReadOnlyList<ProductImageView> Pictures { get; init; } = [];

    /// <summary>schema.org's availability of a product without variants (<see cref="StockAvailability"/>).</summary>
    public string Availability { get; init; } = StockAvailability.InStock;

    /// <summary>When the product without variants ships if it is on back order (<c>BackOrder</c>), as the page's culture writes a short date; null otherwise or when the store did not say.</summary>
    public string? ShipsBy { get; init; }

    /// <summary>The product's image URLs in order (<c>{{ product.image | image_url: width: 800 }}</c>); empty when it has none.</summary>
    public IReadOnlyList<string> Images => [.. Pictures.Select(p => p.Url)];

    public string? Image => Pictures.Count > 0 ? Pictures[0].Url : null;

    /// <summary>The first image's alt text; <c>alt="{{ product.image_alt | default: product.name }}"</c>.</summary>
    public string? ImageAlt => Pictures.Count > 0 ? Pictures[0].Alt : null;
}

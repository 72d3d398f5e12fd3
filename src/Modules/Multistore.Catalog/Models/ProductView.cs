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
    /// <summary>The product's image URLs in order (<c>{{ product.image | image_url: width: 800 }}</c>); empty when it has none.</summary>
    public IReadOnlyList<string> Images { get; init; } = [];

    public string? Image => Images.Count > 0 ? Images[0] : null;
}

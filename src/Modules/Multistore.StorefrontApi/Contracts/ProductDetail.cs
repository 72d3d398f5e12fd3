using Multistore.Commerce;

namespace Multistore.StorefrontApi.Contracts;

/// <summary>A product page's data in the request's culture, priced in the requested currency.</summary>
public sealed record ProductDetail(
    Guid Id,
    string Sku,
    string Name,
    string Slug,
    string Description,
    Money? Price,
    Money? CompareAt,
    string Culture,
    IReadOnlyList<ProductVariant> Variants)
{
    /// <summary>The product's options (size, color) with their labels in the request's culture, in the order variants list their values.</summary>
    public IReadOnlyList<ProductOption> Options { get; init; } = [];

    /// <summary>The product's images in order, the first being the main one.</summary>
    public IReadOnlyList<ProductImage> Images { get; init; } = [];
}

namespace Multistore.Catalog.Services;

/// <summary>
/// A product with everything a search index needs in every culture. <see cref="Categories"/> holds the linked
/// categories and their ancestors, so a search in "Clothing" finds what is filed under "Clothing / Tops".
/// </summary>
public sealed record IndexableProduct(
    Guid Id,
    string Sku,
    bool IsActive,
    DateTime CreatedUtc,
    IReadOnlyList<string> SellableSkus,
    IReadOnlyList<string> VariantSkus,
    IReadOnlyDictionary<string, ProductText> Texts,
    IReadOnlyList<IndexableCategory> Categories,
    IReadOnlyDictionary<string, string> Attributes)
{
    /// <summary>The catalog's attribute labels, to index facet names and values in each culture.</summary>
    public AttributeLabels Labels { get; init; } = AttributeLabels.None;
}

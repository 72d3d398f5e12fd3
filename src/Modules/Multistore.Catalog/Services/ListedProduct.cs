namespace Multistore.Catalog.Services;

/// <summary>
/// A product as a list that sells it shows it, in one culture: its texts, its option names (culture-neutral; label
/// them with <see cref="AttributeLabels"/>) and its variants in order.
/// </summary>
public sealed record ListedProduct(
    Guid Id,
    string Sku,
    string Name,
    string Slug,
    string Description,
    IReadOnlyList<string> Options,
    IReadOnlyList<VariantDetail> Variants)
{
    /// <summary>The SKUs a shopper can buy: the variants', or the product's own when it has none.</summary>
    public IReadOnlyList<string> SellableSkus => Variants.Count > 0 ? [.. Variants.Select(v => v.Sku)] : [Sku];
}

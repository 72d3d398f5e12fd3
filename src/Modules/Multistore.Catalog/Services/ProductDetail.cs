namespace Multistore.Catalog.Services;

/// <summary>A product as its page shows it, in one culture.</summary>
public sealed record ProductDetail(
    Guid Id,
    string Sku,
    string Name,
    string Slug,
    string Description,
    string SeoTitle,
    string SeoDescription,
    decimal WeightKg,
    string TaxClass,
    IReadOnlyList<string> Options,
    IReadOnlyList<VariantDetail> Variants,
    IReadOnlyDictionary<string, string> Attributes,
    IReadOnlyList<CategoryNode> Categories)
{
    /// <summary>The SKUs a shopper can buy: the variants', or the product's own when it has none.</summary>
    public IReadOnlyList<string> SellableSkus => Variants.Count > 0 ? [.. Variants.Select(v => v.Sku)] : [Sku];
}

namespace Multistore.Catalog.Services;

/// <summary>
/// What cart, checkout, inventory and search need to know about a sellable SKU (a product, or one variant
/// of it), in one culture. <see cref="IsSellable"/> is false for the product's own SKU when it sells as variants:
/// a cart takes one of the variants, never the product.
/// </summary>
public sealed record SkuInfo(
    string Sku,
    Guid ProductId,
    string ProductName,
    string? VariantName,
    string Slug,
    decimal WeightKg,
    string TaxClass,
    bool IsActive,
    bool IsSellable = true);

namespace Multistore.Catalog.Services;

/// <summary>
/// What cart, checkout, inventory and search need to know about a sellable SKU (a product, or one variant
/// of it), in one culture.
/// </summary>
public sealed record SkuInfo(
    string Sku,
    Guid ProductId,
    string ProductName,
    string? VariantName,
    string Slug,
    decimal WeightKg,
    string TaxClass,
    bool IsActive);

namespace Multistore.Catalog.Services;

/// <summary>A variant: its SKU, its option values in option order and "M / Red" as its name.</summary>
public sealed record VariantDetail(string Sku, IReadOnlyList<string> Values, string Name, decimal WeightKg);

namespace Multistore.Catalog.Services;

/// <summary>A product as lists show it, in one culture.</summary>
public sealed record ProductSummary(Guid Id, string Sku, string Name, string Slug, string Description);

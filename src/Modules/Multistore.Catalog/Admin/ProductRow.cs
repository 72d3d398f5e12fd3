namespace Multistore.Catalog.Admin;

public sealed record ProductRow(Guid Id, string Sku, string Name, string Status, int Variants, string Slug, DateTime UpdatedUtc);

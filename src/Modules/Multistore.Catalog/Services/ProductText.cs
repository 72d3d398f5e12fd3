namespace Multistore.Catalog.Services;

/// <summary>A product's texts in one culture; the description is sanitized HTML.</summary>
public sealed record ProductText(string Name, string Slug, string Description);

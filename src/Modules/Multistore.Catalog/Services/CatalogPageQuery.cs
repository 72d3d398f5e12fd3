namespace Multistore.Catalog.Services;

/// <summary>
/// A page of the active catalog in display order. <see cref="Text"/>, when given, keeps the products whose SKU, or
/// whose name or description in the culture's language or the store's default language, contains it (ignoring case).
/// <see cref="Category"/>, when given, keeps the products placed in that category (by key) or one of its sub-categories.
/// </summary>
public sealed record CatalogPageQuery(string Culture, string? Text, int Skip, int Take)
{
    public string? Category { get; init; }
}

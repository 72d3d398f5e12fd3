namespace Multistore.Catalog.Services;

/// <summary>A category with its names per culture.</summary>
public sealed record IndexableCategory(Guid Id, string Key, IReadOnlyDictionary<string, string> Names);

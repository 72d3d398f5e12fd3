namespace Multistore.Catalog.Services;

/// <summary>A category in one culture; <see cref="Depth"/> is 0 for a root.</summary>
public sealed record CategoryNode(Guid Id, string Key, Guid? ParentId, string Name, string Slug, int Depth);

namespace Multistore.StorefrontApi.Catalog;

/// <summary>A category in the request's culture with its sub-categories; <see cref="Key"/> is what <c>/search?category=</c> takes.</summary>
public sealed record ApiCategory(Guid Id, string Key, string Name, string Slug, IReadOnlyList<ApiCategory> Children);

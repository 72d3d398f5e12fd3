namespace Multistore.Catalog.Services;

/// <summary>One page of <see cref="CatalogPageQuery"/> and how many products match in all.</summary>
public sealed record CatalogPage(IReadOnlyList<ListedProduct> Items, int Total);

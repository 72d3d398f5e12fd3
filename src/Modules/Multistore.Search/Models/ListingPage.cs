using Multistore.Catalog.Services;

namespace Multistore.Search.Models;

/// <summary>
/// The search results page and a category's page: products of this page, facets of all matches, sort and page links.
/// <see cref="Title"/> is the category's name or the query.
/// </summary>
public sealed record ListingPage(
    string Title,
    string Query,
    int Total,
    IReadOnlyList<ProductCard> Products,
    IReadOnlyList<FacetGroup> Facets,
    IReadOnlyList<PageLink> Sorts,
    IReadOnlyList<PageLink> Pages,
    string Action)
{
    /// <summary>The currency the shopper asked for (<c>?currency=</c>), kept by the search form; null for the store's.</summary>
    public string? Currency { get; init; }
}

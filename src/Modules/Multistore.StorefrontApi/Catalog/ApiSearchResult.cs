using Multistore.Search.Querying;

namespace Multistore.StorefrontApi.Catalog;

/// <summary>A page of search hits, the total, the facets of all matches and the currency the prices are in.</summary>
public sealed record ApiSearchResult(IReadOnlyList<ApiSearchHit> Items, int Total, int Page, int PageSize, string Currency, ApiFacets Facets)
{
    public static ApiSearchResult From(SearchResult result, string currency) => new(
        [.. result.Hits.Select(h => new ApiSearchHit(h.ProductId, h.Sku, h.Name, h.Slug, h.Price, h.CompareAt))],
        result.Total,
        result.Page,
        result.PageSize,
        currency,
        new ApiFacets(
            [.. result.Categories.Select(c => new ApiFacetValue(c.Key, c.Name, c.Count))],
            result.Attributes.ToDictionary(a => a.Key, a => (IReadOnlyList<ApiFacetValue>)[.. a.Value.Select(v => new ApiFacetValue(v.Key, v.Name, v.Count))], StringComparer.Ordinal),
            [.. result.PriceRanges.Select(p => new ApiPriceFacet(p.From, p.To, p.Count))])
        {
            AttributeNames = result.Attributes.Keys.ToDictionary(name => name, result.AttributeName, StringComparer.Ordinal),
        });
}

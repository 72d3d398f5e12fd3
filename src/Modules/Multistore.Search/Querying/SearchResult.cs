namespace Multistore.Search.Querying;

/// <summary>
/// A page of hits and the facets of every match: categories, attributes (grouped by name) and price bands.
/// </summary>
public sealed record SearchResult(
    int Total,
    int Page,
    int PageSize,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyList<FacetValue> Categories,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Attributes,
    IReadOnlyList<PriceRange> PriceRanges)
{
    public int PageCount => Total == 0 ? 0 : (Total + PageSize - 1) / PageSize;

    public static SearchResult Empty(int page, int pageSize) =>
        new(0, page, pageSize, [], [], new Dictionary<string, IReadOnlyList<FacetValue>>(), []);
}

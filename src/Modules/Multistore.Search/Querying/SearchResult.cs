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
    /// <summary>Each attribute's name (the key of <see cref="Attributes"/>) as shoppers read it in the searched culture.</summary>
    public IReadOnlyDictionary<string, string> AttributeNames { get; init; } = new Dictionary<string, string>();

    /// <summary>The label of attribute <paramref name="name"/>, or the name itself.</summary>
    public string AttributeName(string name) => AttributeNames.GetValueOrDefault(name) ?? name;

    /// <summary>
    /// False when the store's index of the culture has no commit yet (a new store, or a node that has not built it):
    /// the result is then empty because nothing was searched, not because nothing matched.
    /// </summary>
    public bool Indexed { get; init; } = true;

    /// <summary>
    /// True when the index was not built yet and the page was listed from the database instead (<see cref="ListingSearch"/>):
    /// the products and total are right, but there are no facets.
    /// </summary>
    public bool FromDatabase { get; init; }

    /// <summary>True when something was searched: by the index, or by the database while the index is built.</summary>
    public bool Answered => Indexed || FromDatabase;

    public int PageCount => Total == 0 ? 0 : (Total + PageSize - 1) / PageSize;

    public static SearchResult Empty(int page, int pageSize) =>
        new(0, page, pageSize, [], [], new Dictionary<string, IReadOnlyList<FacetValue>>(), []);

    public static SearchResult NotIndexed(int page, int pageSize) => Empty(page, pageSize) with { Indexed = false };
}

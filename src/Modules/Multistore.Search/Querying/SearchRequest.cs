namespace Multistore.Search.Querying;

/// <summary>
/// A shopper's search: free text (may be empty to browse), culture, and filters: a category key (matches
/// its sub-categories too), attribute values, a price range in the store currency.
/// </summary>
public sealed record SearchRequest(string? Text, string Culture)
{
    public string? Category { get; init; }
    public IReadOnlyDictionary<string, string> Attributes { get; init; } = new Dictionary<string, string>();
    public decimal? MinPrice { get; init; }
    public decimal? MaxPrice { get; init; }
    public SearchSort Sort { get; init; } = SearchSort.Relevance;
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 24;
}

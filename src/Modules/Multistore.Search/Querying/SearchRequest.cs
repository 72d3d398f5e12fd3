namespace Multistore.Search.Querying;

/// <summary>
/// A shopper's search: free text (may be empty to browse), culture, and filters: a category key (matches
/// its sub-categories too), attribute values, a price range in <see cref="Currency"/>.
/// </summary>
public sealed record SearchRequest(string? Text, string Culture)
{
    public string? Category { get; init; }
    public IReadOnlyDictionary<string, string> Attributes { get; init; } = new Dictionary<string, string>();
    public decimal? MinPrice { get; init; }
    public decimal? MaxPrice { get; init; }

    /// <summary>
    /// The shopper's currency (ISO 4217): prices are filtered, banded, sorted and shown in it. Null for the store's
    /// currency. A store sells in the currencies it has a default price list in.
    /// </summary>
    public string? Currency { get; init; }
    public SearchSort Sort { get; init; } = SearchSort.Relevance;
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 24;
}

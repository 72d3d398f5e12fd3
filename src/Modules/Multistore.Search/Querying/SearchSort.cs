namespace Multistore.Search.Querying;

public enum SearchSort
{
    Relevance,
    PriceAscending,
    PriceDescending,
    Newest,
}

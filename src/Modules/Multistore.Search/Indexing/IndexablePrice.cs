namespace Multistore.Search.Indexing;

/// <summary>The "from" price of a product in one currency: the lowest of its sellable SKUs in that currency's default list.</summary>
public sealed record IndexablePrice(string Currency, decimal Amount, decimal? CompareAt);

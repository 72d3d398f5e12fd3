namespace Multistore.Search.Indexing;

/// <summary>The "from" price of a product in the store currency: the lowest of its sellable SKUs.</summary>
public sealed record IndexablePrice(decimal Amount, decimal? CompareAt);

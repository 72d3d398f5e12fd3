using Multistore.Commerce;

namespace Multistore.Search.Querying;

/// <summary>A price band with its count; <see cref="To"/> is exclusive, null for "and above".</summary>
public sealed record PriceRange(Money From, Money? To, int Count);

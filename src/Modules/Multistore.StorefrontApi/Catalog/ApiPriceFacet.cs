using Multistore.Commerce;

namespace Multistore.StorefrontApi.Catalog;

/// <summary>A price band: <see cref="To"/> is exclusive and null for "and above"; pass them as priceMin/priceMax.</summary>
public sealed record ApiPriceFacet(Money From, Money? To, int Count);

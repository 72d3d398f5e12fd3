using Multistore.Commerce;

namespace Multistore.StorefrontApi.Catalog;

/// <summary>A product found: <see cref="Price"/> is the lowest of its variants in the search's currency (null when it has no price in it).</summary>
public sealed record ApiSearchHit(Guid Id, string Sku, string Name, string Slug, Money? Price, Money? CompareAt);

using Multistore.Commerce;

namespace Multistore.Search.Querying;

/// <summary>A product found, as a card shows it; <see cref="Price"/> is the lowest of its variants.</summary>
public sealed record SearchHit(Guid ProductId, string Sku, string Name, string Slug, string Url, Money? Price, Money? CompareAt);

using Multistore.Commerce;

namespace Multistore.Search.Models;

/// <summary>A search hit in the shape a theme's <c>product-card</c> partial reads.</summary>
public sealed record ProductCardView(string Sku, string Name, string Url, Money? Price, Money? CompareAt);

using Multistore.Commerce;

namespace Multistore.Storefront.Models;

/// <summary>A product in a list: what a theme's product card shows.</summary>
public sealed record ProductCard(string Sku, string Name, string Url, Money? Price, Money? CompareAt, string Description);

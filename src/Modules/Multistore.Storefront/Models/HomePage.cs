namespace Multistore.Storefront.Models;

public sealed record HomePage(IReadOnlyList<ProductCard> Products);

namespace Multistore.Storefront.Models;

public sealed record ProductPage(ProductCard Product);

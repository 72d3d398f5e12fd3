namespace Multistore.Catalog.Models;

public sealed record ProductPage(ProductView Product);

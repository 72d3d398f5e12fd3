namespace Multistore.Catalog.Domain;

public enum CatalogChangeKind
{
    Product,
    Category,
    Price,
}

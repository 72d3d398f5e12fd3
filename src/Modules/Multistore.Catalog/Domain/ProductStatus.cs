namespace Multistore.Catalog.Domain;

public enum ProductStatus
{
    Draft,
    Active,
    Archived,
}

namespace Multistore.Catalog.Domain;

internal enum ProductStatus
{
    Draft,
    Active,
    Archived,
}

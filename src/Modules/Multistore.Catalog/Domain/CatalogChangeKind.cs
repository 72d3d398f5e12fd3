namespace Multistore.Catalog.Domain;

internal enum CatalogChangeKind
{
    Product,
    Category,
    Price,

    /// <summary>An attribute's labels changed (key: its name): every product with the attribute or option shows them.</summary>
    Attribute,
}

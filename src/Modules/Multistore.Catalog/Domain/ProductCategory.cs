namespace Multistore.Catalog.Domain;

internal sealed class ProductCategory
{
    public Guid ProductId { get; set; }
    public Guid CategoryId { get; set; }
}

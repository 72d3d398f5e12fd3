namespace Multistore.Catalog.Domain;

/// <summary>A fact about a product shoppers filter on ("material" = "wool"); search facets count them.</summary>
internal sealed class ProductAttributeValue
{
    public Guid ProductId { get; set; }
    public string Name { get; set; } = "";
    public string Value { get; set; } = "";
}

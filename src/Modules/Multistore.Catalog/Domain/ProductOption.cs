namespace Multistore.Catalog.Domain;

/// <summary>An axis a product varies on, such as "size" or "color"; variants give a value per option.</summary>
internal sealed class ProductOption
{
    public Guid ProductId { get; set; }
    public int Position { get; set; }
    public string Name { get; set; } = "";
}

namespace Multistore.Catalog.Domain;

internal sealed class CategoryTranslation
{
    public Guid CategoryId { get; set; }
    public string Culture { get; set; } = "";
    public string Name { get; set; } = "";
    public string Slug { get; set; } = "";
}

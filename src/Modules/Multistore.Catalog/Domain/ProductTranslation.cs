namespace Multistore.Catalog.Domain;

internal sealed class ProductTranslation
{
    public Guid ProductId { get; set; }
    public string Culture { get; set; } = "";
    public string Name { get; set; } = "";
    public string Slug { get; set; } = "";

    /// <summary>Sanitized HTML.</summary>
    public string Description { get; set; } = "";

    public string? SeoTitle { get; set; }
    public string? SeoDescription { get; set; }
}

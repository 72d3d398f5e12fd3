namespace Multistore.Catalog.Editing;

public sealed class TranslationInput
{
    public string Name { get; set; } = "";
    public string? Slug { get; set; }

    /// <summary>Rich text; sanitized before it is stored.</summary>
    public string? Description { get; set; }

    public string? SeoTitle { get; set; }
    public string? SeoDescription { get; set; }
}

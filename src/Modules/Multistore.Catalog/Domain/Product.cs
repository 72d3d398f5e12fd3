namespace Multistore.Catalog.Domain;

/// <summary>A product of the store; its texts live in one <see cref="ProductTranslation"/> per culture.</summary>
public sealed class Product
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string Sku { get; set; } = "";
    public ProductStatus Status { get; set; } = ProductStatus.Draft;
    public int SortOrder { get; set; }
    public DateTime CreatedUtc { get; set; } = DateTime.UtcNow;
    public DateTime UpdatedUtc { get; set; } = DateTime.UtcNow;
    public List<ProductTranslation> Translations { get; set; } = [];

    /// <summary>The text for <paramref name="culture"/>, else the store's default culture, else any.</summary>
    public ProductTranslation? TranslationFor(string culture, string defaultCulture) =>
        Translations.FirstOrDefault(t => string.Equals(t.Culture, culture, StringComparison.OrdinalIgnoreCase))
        ?? Translations.FirstOrDefault(t => string.Equals(t.Culture, defaultCulture, StringComparison.OrdinalIgnoreCase))
        ?? Translations.FirstOrDefault();
}

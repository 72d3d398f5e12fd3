namespace Multistore.Catalog.Domain;

/// <summary>A node of the category tree. <see cref="Key"/> is the stable name recipes and imports refer to.</summary>
public sealed class Category
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string Key { get; set; } = "";
    public Guid? ParentId { get; set; }
    public int SortOrder { get; set; }
    public List<CategoryTranslation> Translations { get; set; } = [];

    public CategoryTranslation? TranslationFor(string culture, string defaultCulture) =>
        Translations.FirstOrDefault(t => string.Equals(t.Culture, culture, StringComparison.OrdinalIgnoreCase))
        ?? Translations.FirstOrDefault(t => string.Equals(t.Culture, defaultCulture, StringComparison.OrdinalIgnoreCase))
        ?? Translations.FirstOrDefault();
}

using Multistore.Localization;

namespace Multistore.Catalog.Domain;

/// <summary>A node of the category tree. <see cref="Key"/> is the stable name recipes and imports refer to.</summary>
internal sealed class Category
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string Key { get; set; } = "";
    public Guid? ParentId { get; set; }
    public int SortOrder { get; set; }
    public List<CategoryTranslation> Translations { get; set; } = [];

    /// <summary>The name for <paramref name="culture"/> or the nearest one (<see cref="CultureFallback"/>).</summary>
    public CategoryTranslation? TranslationFor(string culture, string defaultCulture) =>
        CultureFallback.Pick(Translations, t => t.Culture, culture, defaultCulture);
}

using Multistore.Localization;

namespace Multistore.Catalog.Domain;

/// <summary>
/// A product of the store; its texts live in one <see cref="ProductTranslation"/> per culture. A product with
/// options sells as its <see cref="Variants"/>, each with a SKU of its own; stock is Inventory's, keyed by SKU.
/// </summary>
internal sealed class Product
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string Sku { get; set; } = "";
    public ProductStatus Status { get; set; } = ProductStatus.Draft;
    public int SortOrder { get; set; }
    public decimal WeightKg { get; set; }
    public string TaxClass { get; set; } = "standard";
    public DateTime CreatedUtc { get; set; } = DateTime.UtcNow;
    public DateTime UpdatedUtc { get; set; } = DateTime.UtcNow;
    public List<ProductTranslation> Translations { get; set; } = [];
    public List<ProductOption> Options { get; set; } = [];
    public List<ProductVariant> Variants { get; set; } = [];
    public List<ProductAttributeValue> Attributes { get; set; } = [];
    public List<ProductCategory> Categories { get; set; } = [];
    public List<ProductImage> Images { get; set; } = [];

    /// <summary>The text for <paramref name="culture"/> or the nearest one (<see cref="CultureFallback"/>): same language first, then the store's default culture.</summary>
    public ProductTranslation? TranslationFor(string culture, string defaultCulture) =>
        CultureFallback.Pick(Translations, t => t.Culture, culture, defaultCulture);
}

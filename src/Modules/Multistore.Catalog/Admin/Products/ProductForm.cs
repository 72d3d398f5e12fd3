using Multistore.Catalog.Editing;

namespace Multistore.Catalog.Admin.Products;

/// <summary>
/// The product editor's form as posted, every value as typed so a form with errors shows again unchanged.
/// Input names are the field names the validators use (<c>sku</c>, <c>translations.de-DE.name</c>, <c>variants[1].sku</c>).
/// </summary>
public sealed class ProductForm
{
    public string Sku { get; set; } = "";
    public string Status { get; set; } = "Draft";
    public string WeightKg { get; set; } = "";
    public string TaxClass { get; set; } = "standard";
    public List<string> Categories { get; set; } = [];

    /// <summary>Option names separated by commas: "size, color".</summary>
    public string Options { get; set; } = "";

    /// <summary>One <c>name=value</c> per line.</summary>
    public string Attributes { get; set; } = "";

    public Dictionary<string, TranslationInput> Translations { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The product's own prices per price list (used when it has no variants).</summary>
    public PriceCells Prices { get; set; } = new();

    public List<VariantRow> Variants { get; set; } = [];
}

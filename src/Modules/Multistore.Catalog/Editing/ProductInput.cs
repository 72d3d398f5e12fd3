using System.Text.Json.Serialization;

namespace Multistore.Catalog.Editing;

/// <summary>A product as editors, recipes and imports give it: everything but stock and prices.</summary>
public sealed class ProductInput
{
    public string Sku { get; set; } = "";
    public string? Status { get; set; }
    public decimal? WeightKg { get; set; }
    public string? TaxClass { get; set; }
    public List<string> Categories { get; set; } = [];
    public Dictionary<string, string> Attributes { get; set; } = new(StringComparer.OrdinalIgnoreCase);
    public List<string> Options { get; set; } = [];
    public List<VariantInput> Variants { get; set; } = [];
    public Dictionary<string, TranslationInput> Translations { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The product's images in order with their alt texts, replacing the ones it has; null leaves its images as they
    /// are (the editor and CSV imports, which carry no files).
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<ImageInput>? Images { get; set; }

    /// <summary>
    /// Cultures whose stored texts are deleted, so pages fall back to the default culture: the product editor's
    /// columns an editor emptied. Cultures neither given nor listed here keep their texts (imports give some only).
    /// </summary>
    public HashSet<string> RemovedTranslations { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}

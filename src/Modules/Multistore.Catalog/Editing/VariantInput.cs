namespace Multistore.Catalog.Editing;

/// <summary>One variant: its SKU and one value per option of the product, in option order.</summary>
public sealed class VariantInput
{
    public string Sku { get; set; } = "";
    public List<string> Values { get; set; } = [];
    public decimal? WeightKg { get; set; }
}

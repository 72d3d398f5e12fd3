namespace Multistore.Catalog.Admin.Products;

/// <summary>One row of the variants editor: SKU, option values ("M / Red"), weight and prices per price list.</summary>
public sealed class VariantRow
{
    public string Sku { get; set; } = "";
    public string Values { get; set; } = "";
    public string WeightKg { get; set; } = "";
    public PriceCells Prices { get; set; } = new();

    public bool IsBlank => string.IsNullOrWhiteSpace(Sku) && string.IsNullOrWhiteSpace(Values) && string.IsNullOrWhiteSpace(WeightKg) && Prices.IsBlank;
}

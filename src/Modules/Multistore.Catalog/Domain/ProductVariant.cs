namespace Multistore.Catalog.Domain;

/// <summary>
/// One sellable combination of a product's options, with a SKU of its own. <see cref="OptionValues"/> holds one
/// value per option in option order, joined by <see cref="ValueSeparator"/>.
/// </summary>
internal sealed class ProductVariant
{
    public const char ValueSeparator = '|';

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ProductId { get; set; }
    public string Sku { get; set; } = "";
    public int Position { get; set; }
    public string OptionValues { get; set; } = "";
    public decimal? WeightKg { get; set; }

    public IReadOnlyList<string> Values => OptionValues.Length == 0 ? [] : OptionValues.Split(ValueSeparator);

    /// <summary>"M / Red": how a cart line names the variant.</summary>
    public string DisplayName => string.Join(" / ", Values);
}

namespace Multistore.Tax.Settings;

/// <summary>Settings group <see cref="GroupName"/>: whether the store's prices already include tax (EU) or not (US).</summary>
public sealed class TaxSettings
{
    public const string GroupName = "Tax";

    public bool PricesIncludeTax { get; set; }
}

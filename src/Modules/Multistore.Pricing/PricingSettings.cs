namespace Multistore.Pricing;

/// <summary>The store's "Pricing" settings group.</summary>
public sealed class PricingSettings
{
    public const string GroupName = "Pricing";

    /// <summary>True when editors enter prices with tax included (as European shops do), false when tax is added at checkout.</summary>
    public bool PricesIncludeTax { get; set; }
}

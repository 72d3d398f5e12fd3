using Multistore.Commerce;

namespace Multistore.Pricing.Services;

/// <summary>
/// What a SKU costs now, rounded to the currency. <see cref="IncludesTax"/> says whether tax is in the amount
/// (the store's <see cref="PricingSettings.PricesIncludeTax"/>).
/// </summary>
public sealed record SkuPrice(string Sku, Money Price, Money? CompareAt)
{
    public bool IncludesTax { get; init; }

    /// <summary>True when a scheduled price (a sale) is in force.</summary>
    public bool IsScheduled { get; init; }
}

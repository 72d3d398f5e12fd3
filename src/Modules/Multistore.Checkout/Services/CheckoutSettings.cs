namespace Multistore.Checkout.Services;

/// <summary>The "Checkout" settings group.</summary>
public sealed class CheckoutSettings
{
    public const string GroupName = "Checkout";

    /// <summary>ISO 3166-1 alpha-2 codes the store ships to; empty means the country of the store's default culture.</summary>
    public IList<string> Countries { get; set; } = [];

    /// <summary>Whether catalog prices include tax (EU VAT) or tax is added at checkout (US sales tax).</summary>
    public bool PricesIncludeTax { get; set; } = true;

    /// <summary>How long stock stays held for a checkout that has not finished.</summary>
    public int ReservationMinutes { get; set; } = 15;
}

namespace Multistore.Commerce;

/// <summary>
/// Works out tax for a cart or order. The Tax module's rule tables are one implementation; an external tax
/// service is another. The tenant's enabled tax feature decides which one is registered.
/// </summary>
public interface ITaxCalculator
{
    /// <summary>
    /// Whether the store's prices already include tax (EU-style VAT), as its tax settings say. Checkout passes
    /// it on in <see cref="TaxRequest.PricesIncludeTax"/>; a calculator without such a setting keeps the default.
    /// </summary>
    bool PricesIncludeTax => false;

    Task<TaxResult> CalculateAsync(TaxRequest request, CancellationToken cancellationToken);
}

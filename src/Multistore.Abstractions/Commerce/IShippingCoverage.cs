namespace Multistore.Commerce;

/// <summary>
/// Where a shipping module delivers: the Shipping module answers from its zones. Checkout reads every registered
/// coverage to know which countries the store ships to when the operator has not listed them in its settings.
/// </summary>
public interface IShippingCoverage
{
    Task<ShippingCoverage> CoverageAsync(CancellationToken cancellationToken);
}

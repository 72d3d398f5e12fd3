namespace Multistore.Commerce;

/// <summary>
/// Offers shipping methods for a request: the Shipping module's zones and rates, a carrier integration, or
/// store pickup. Checkout asks every registered provider and lists all their quotes.
/// </summary>
public interface IShippingRateProvider
{
    Task<IReadOnlyList<ShippingQuote>> QuoteAsync(ShippingRequest request, CancellationToken cancellationToken);
}

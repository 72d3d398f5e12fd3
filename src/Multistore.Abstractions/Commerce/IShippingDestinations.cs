namespace Multistore.Commerce;

/// <summary>
/// The countries the store ships to, named in the request's culture, with the address fields each one needs: what
/// an app asks before it shows an address form (<c>GET /api/storefront/v1/countries</c>). Checkout implements it and
/// validates addresses against the same answer.
/// </summary>
public interface IShippingDestinations
{
    Task<IReadOnlyList<ShippingDestination>> ListAsync(CancellationToken cancellationToken);
}

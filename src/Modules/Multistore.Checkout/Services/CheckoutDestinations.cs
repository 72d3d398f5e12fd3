using Multistore.Commerce;

namespace Multistore.Checkout.Services;

/// <summary>The store's shipping countries with their address formats, as checkout validates addresses against them.</summary>
public sealed class CheckoutDestinations(ICheckoutService checkout) : IShippingDestinations
{
    public async Task<IReadOnlyList<ShippingDestination>> ListAsync(CancellationToken cancellationToken) =>
        [.. (await checkout.CountriesAsync(cancellationToken)).Select(format => format.ToDestination())];
}

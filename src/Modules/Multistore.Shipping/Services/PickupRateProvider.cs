using Microsoft.Extensions.Options;
using Multistore.Commerce;
using Multistore.Shipping.Settings;

namespace Multistore.Shipping.Services;

/// <summary>Offers free pickup at each of the store's locations: at kiosks, or everywhere, as the store chose.</summary>
public sealed class PickupRateProvider(IOptions<PickupSettings> settings) : IShippingRateProvider
{
    public const string CodePrefix = ShippingQuote.PickupCodePrefix;

    public Task<IReadOnlyList<ShippingQuote>> QuoteAsync(ShippingRequest request, CancellationToken cancellationToken)
    {
        var pickup = settings.Value;
        var offered = string.Equals(pickup.Offer, PickupOffer.Always, StringComparison.OrdinalIgnoreCase)
            || string.Equals(pickup.Offer, PickupOffer.Kiosk, StringComparison.OrdinalIgnoreCase) && string.Equals(request.Touchpoint, Touchpoints.Kiosk, StringComparison.OrdinalIgnoreCase);
        IReadOnlyList<ShippingQuote> quotes = offered
            ? [.. pickup.Locations.Select(l => new ShippingQuote(CodePrefix + l.Code, l.Name, Money.Zero(request.Subtotal.Currency), $"{l.Name}, {l.Address}"))]
            : [];
        return Task.FromResult(quotes);
    }
}

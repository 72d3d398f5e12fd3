using System.Globalization;
using Microsoft.Extensions.Options;
using Multistore.Cart.Services;
using Multistore.Commerce;
using Multistore.Orders.Services;
using Multistore.Settings;

namespace Multistore.Checkout.Services;

/// <summary>What a shopper may choose at checkout: countries, shipping methods for an address, payment methods for an amount.</summary>
public sealed class CheckoutOptions(
    IEnumerable<IShippingRateProvider> shipping, IEnumerable<IShippingCoverage> coverage, PaymentProviders payments, IOptions<CheckoutSettings> settings, IOptions<SiteSettings> site)
{
    private IReadOnlyList<string>? _countries;

    /// <summary>
    /// The countries the store ships to: those its Checkout settings list, else those its shipping zones name, else
    /// (no zone names a country: pickup only, or one zone for everywhere) the country of its default culture.
    /// </summary>
    public async Task<IReadOnlyList<string>> CountriesAsync(CancellationToken cancellationToken)
    {
        if (_countries is not null)
        {
            return _countries;
        }

        var configured = settings.Value.Countries.Where(c => c.Length == 2).Select(c => c.ToUpperInvariant()).Distinct().ToList();
        if (configured.Count == 0)
        {
            foreach (var zones in coverage)
            {
                configured.AddRange((await zones.CoverageAsync(cancellationToken)).Countries);
            }

            // The zones list their countries alphabetically; the store's own country comes first, as the form's choice.
            configured = [.. configured.Select(c => c.ToUpperInvariant()).Distinct().OrderBy(c => c == HomeCountry() ? 0 : 1)];
        }

        return _countries = configured.Count > 0 ? configured : [HomeCountry()];
    }

    /// <summary>The country of the store's default culture (de-DE → DE).</summary>
    private string HomeCountry() => new RegionInfo(CultureInfo.GetCultureInfo(site.Value.DefaultCulture).Name).TwoLetterISORegionName;

    public async Task<IReadOnlyList<ShippingQuote>> ShippingQuotesAsync(CartView cart, Address shipTo, string touchpoint, CancellationToken cancellationToken)
    {
        if (!(await CountriesAsync(cancellationToken)).Contains(shipTo.Country, StringComparer.OrdinalIgnoreCase))
        {
            return [];
        }

        var weight = cart.Lines.Sum(l => l.WeightKg * l.Quantity);
        var request = new ShippingRequest(shipTo with { Country = shipTo.Country.ToUpperInvariant() }, cart.Total, weight, touchpoint);
        var quotes = new List<ShippingQuote>();
        foreach (var provider in shipping)
        {
            quotes.AddRange(await provider.QuoteAsync(request, cancellationToken));
        }

        return quotes;
    }

    public IReadOnlyList<PaymentMethod> PaymentMethods(Money amount, bool isSignedIn, bool isBusinessCustomer) =>
        [.. payments.All.Select(p => p.Offer(amount, isSignedIn, isBusinessCustomer)).OfType<PaymentMethod>()];
}

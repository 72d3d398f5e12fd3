using System.Globalization;
using Multistore.Commerce;

namespace Multistore.Feeds.Services;

/// <summary>
/// The cheapest home delivery (no pickup) of one item to each country of the store's cultures where its shipping
/// zones quote one; a country no zone serves is left out, as Google expects. Quotes are asked once per country, price
/// and weight within a feed (a catalog has few distinct prices and weights, and zones are read on every ask).
/// </summary>
public sealed class FeedShipping(IEnumerable<IShippingRateProvider> providers)
{
    private readonly IReadOnlyList<IShippingRateProvider> _providers = [.. providers];
    private readonly Dictionary<(string Country, Money Price, decimal WeightKg), FeedShippingPrice?> _quoted = [];

    public async Task<IReadOnlyList<FeedShippingPrice>> ForAsync(IReadOnlyList<string> countries, Money price, decimal weightKg, CancellationToken cancellationToken)
    {
        if (_providers.Count == 0)
        {
            return [];
        }

        var result = new List<FeedShippingPrice>();
        foreach (var country in countries)
        {
            if (!_quoted.TryGetValue((country, price, weightKg), out var cheapest))
            {
                cheapest = await CheapestAsync(country, price, weightKg, cancellationToken);
                _quoted[(country, price, weightKg)] = cheapest;
            }

            if (cheapest is not null)
            {
                result.Add(cheapest);
            }
        }

        return result;
    }

    /// <summary>The countries of the store's cultures (sv-SE and en-US: SE, US), each once.</summary>
    public static IReadOnlyList<string> CountriesOf(IEnumerable<string> cultures) =>
        [.. cultures.Select(RegionOf).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase)];

    private async Task<FeedShippingPrice?> CheapestAsync(string country, Money price, decimal weightKg, CancellationToken cancellationToken)
    {
        var request = new ShippingRequest(new Address { Country = country }, price, weightKg, Touchpoints.Web);
        var quotes = new List<ShippingQuote>();
        foreach (var provider in _providers)
        {
            quotes.AddRange(await provider.QuoteAsync(request, cancellationToken));
        }

        var cheapest = quotes.Where(q => q.PickupLocation is null && q.Price.Currency == price.Currency).MinBy(q => q.Price.Amount);
        return cheapest is null ? null : new FeedShippingPrice(country, cheapest.Name, cheapest.Price);
    }

    private static string? RegionOf(string culture)
    {
        try
        {
            return new RegionInfo(culture).TwoLetterISORegionName;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}

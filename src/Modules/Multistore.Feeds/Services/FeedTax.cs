using Multistore.Commerce;

namespace Multistore.Feeds.Services;

/// <summary>
/// The tax a marketplace lists beside an item's price. Google's <c>tax</c> attribute covers US sales tax only (its
/// country accepts "US" alone), so an item gets one per state of the store's US rate table, for its tax class (else the
/// standard rate), when the store sells in the US and its prices exclude tax. Prices that include tax (EU VAT) need no
/// attribute: the price is what the shopper pays. A store without a rate table (no Tax rules feature, or an external
/// tax service) says nothing, and Merchant Center's account settings apply. The table is read once per feed.
/// </summary>
public sealed class FeedTax(IEnumerable<ITaxRateTable> tables)
{
    public const string Country = "US";

    /// <summary>Google reads at most this many <c>tax</c> attributes per item.</summary>
    public const int MaxRates = 100;

    private readonly ITaxRateTable? _table = tables.LastOrDefault();
    private readonly Dictionary<string, IReadOnlyList<FeedTaxRate>> _byClass = new(StringComparer.OrdinalIgnoreCase);
    private IReadOnlyList<RegionalTaxRate>? _rates;

    public async Task<IReadOnlyList<FeedTaxRate>> ForAsync(IReadOnlyList<string> countries, string taxClass, CancellationToken cancellationToken)
    {
        if (_table is null || _table.PricesIncludeTax || !countries.Contains(Country, StringComparer.OrdinalIgnoreCase))
        {
            return [];
        }

        _rates ??= await _table.RatesAsync(Country, cancellationToken);
        if (!_byClass.TryGetValue(taxClass, out var rates))
        {
            rates = RatesOf(_rates, taxClass);
            _byClass[taxClass] = rates;
        }

        return rates;
    }

    private static IReadOnlyList<FeedTaxRate> RatesOf(IReadOnlyList<RegionalTaxRate> table, string taxClass) =>
    [
        .. table.GroupBy(r => r.Region, StringComparer.OrdinalIgnoreCase)
            .Select(region => (
                Region: region.Key,
                Rate: region.FirstOrDefault(r => string.Equals(r.TaxClass, taxClass, StringComparison.OrdinalIgnoreCase))
                    ?? region.FirstOrDefault(r => string.Equals(r.TaxClass, RegionalTaxRate.StandardClass, StringComparison.OrdinalIgnoreCase)),
                TaxShip: region.Any(r => r.AppliesToShipping)))
            .Where(r => r.Rate is not null)
            .Take(MaxRates)
            .Select(r => new FeedTaxRate(Country, r.Region.Length > 0 ? r.Region : null, r.Rate!.Rate, r.TaxShip)),
    ];
}

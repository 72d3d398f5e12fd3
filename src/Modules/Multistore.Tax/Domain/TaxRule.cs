namespace Multistore.Tax.Domain;

/// <summary>
/// The rates of one country, or one region of it, as the admin edits them together: one name, a rate per tax
/// class, and the class whose rate shipping is taxed at (none: shipping is not taxed there).
/// </summary>
internal sealed record TaxRule(string Country, string Region, string Name, IReadOnlyList<TaxRate> Rates)
{
    public string? ShippingClass => Rates.FirstOrDefault(r => r.AppliesToShipping)?.TaxClass;

    public static IReadOnlyList<TaxRule> From(IEnumerable<TaxRate> rates) =>
    [
        .. rates
            .GroupBy(r => (r.Country, r.Region))
            .OrderBy(g => g.Key.Country, StringComparer.Ordinal).ThenBy(g => g.Key.Region, StringComparer.Ordinal)
            .Select(g => new TaxRule(g.Key.Country, g.Key.Region, g.First().Name,
                [.. g.OrderBy(r => r.TaxClass == TaxRateTable.Standard ? 0 : 1).ThenBy(r => r.TaxClass, StringComparer.Ordinal)])),
    ];
}

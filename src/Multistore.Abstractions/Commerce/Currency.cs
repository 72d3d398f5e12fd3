using System.Collections.Concurrent;
using System.Globalization;

namespace Multistore.Commerce;

/// <summary>ISO 4217 facts the platform needs: minor units for rounding, a symbol for display.</summary>
public static class Currency
{
    private static readonly Dictionary<string, int> MinorUnitExceptions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["JPY"] = 0, ["KRW"] = 0, ["ISK"] = 0, ["CLP"] = 0, ["VND"] = 0, ["PYG"] = 0, ["UGX"] = 0, ["XAF"] = 0, ["XOF"] = 0,
        ["BHD"] = 3, ["KWD"] = 3, ["OMR"] = 3, ["JOD"] = 3, ["TND"] = 3, ["LYD"] = 3, ["IQD"] = 3,
    };

    private static readonly ConcurrentDictionary<(string Currency, string Culture), string> Symbols = new();

    private static readonly Lazy<HashSet<string>> InUse = new(() =>
        [.. CultureInfo.GetCultures(CultureTypes.SpecificCultures).Select(c => new RegionInfo(c.Name).ISOCurrencySymbol)]);

    /// <summary>Null when <paramref name="code"/> is an ISO 4217 code some region uses, else why not.</summary>
    public static string? Check(string code) =>
        InUse.Value.Contains(code) ? null : $"'{code}' is not an ISO 4217 currency code in use.";

    public static int MinorUnits(string currency) => MinorUnitExceptions.GetValueOrDefault(currency, 2);

    /// <summary>Rounds half away from zero to the currency's minor unit, as shops and tax authorities do.</summary>
    public static decimal Round(decimal amount, string currency) =>
        Math.Round(amount, MinorUnits(currency), MidpointRounding.AwayFromZero);

    /// <summary>The symbol for <paramref name="currency"/> as readers of <paramref name="culture"/> expect it.</summary>
    public static string Symbol(string currency, CultureInfo culture) => Symbols.GetOrAdd((currency, culture.Name), key =>
    {
        var cultures = CultureInfo.GetCultures(CultureTypes.SpecificCultures);
        if (!string.IsNullOrEmpty(culture.Name) && !culture.IsNeutralCulture && new RegionInfo(culture.Name).ISOCurrencySymbol == key.Currency)
        {
            return culture.NumberFormat.CurrencySymbol;
        }

        var sameLanguage = cultures.FirstOrDefault(c => c.TwoLetterISOLanguageName == culture.TwoLetterISOLanguageName && new RegionInfo(c.Name).ISOCurrencySymbol == key.Currency);
        var any = sameLanguage ?? cultures.FirstOrDefault(c => new RegionInfo(c.Name).ISOCurrencySymbol == key.Currency);
        return any?.NumberFormat.CurrencySymbol ?? key.Currency;
    });

    /// <summary>Formats money with the culture's number format and the currency's symbol and decimals.</summary>
    public static string Format(decimal amount, string currency, CultureInfo culture)
    {
        var format = (NumberFormatInfo)culture.NumberFormat.Clone();
        format.CurrencySymbol = Symbol(currency, culture);
        format.CurrencyDecimalDigits = MinorUnits(currency);
        return Round(amount, currency).ToString("C", format);
    }
}

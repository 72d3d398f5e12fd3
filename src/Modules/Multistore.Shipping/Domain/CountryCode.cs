using System.Globalization;

namespace Multistore.Shipping.Domain;

/// <summary>ISO 3166-1 alpha-2 country codes as .NET knows them (SE, DE, US).</summary>
internal static class CountryCode
{
    private static readonly Lazy<HashSet<string>> Known = new(() =>
        [.. CultureInfo.GetCultures(CultureTypes.SpecificCultures).Select(c => new RegionInfo(c.Name).TwoLetterISORegionName.ToUpperInvariant())]);

    public static bool IsValid(string? code) => code is { Length: 2 } && Known.Value.Contains(code.ToUpperInvariant());
}

using System.Globalization;

namespace Multistore.StorefrontApi.Shopping;

/// <summary>ISO 3166-1 alpha-2 codes as .NET knows them: what a <c>country</c> parameter must be before it is looked up.</summary>
internal static class CountryCode
{
    private static readonly Lazy<HashSet<string>> Known = new(() =>
        [.. CultureInfo.GetCultures(CultureTypes.SpecificCultures).Select(c => new RegionInfo(c.Name).TwoLetterISORegionName.ToUpperInvariant())]);

    public static bool IsValid(string code) => code.Length == 2 && code.All(char.IsAsciiLetter) && Known.Value.Contains(code.ToUpperInvariant());
}

using System.Globalization;

namespace Multistore.Commerce;

/// <summary>
/// An <see cref="Address"/> as a letter carrier and its reader expect it: the lines in the country's order
/// ("New York, NY 10118" in the US and Canada, "10117 Berlin" in Germany and Sweden, the postcode on a line of its own
/// in the UK) and the country's name in the reader's language (translated by the caller), never its code.
/// </summary>
public static class PostalAddressLines
{
    private static readonly HashSet<string> CityRegionPostal = new(StringComparer.OrdinalIgnoreCase) { "US", "CA", "AU" };
    private static readonly HashSet<string> PostcodeLine = new(StringComparer.OrdinalIgnoreCase) { "GB", "IE" };

    /// <summary>The lines of <paramref name="address"/>, its country written as <paramref name="countryName"/> (the reader's word for it).</summary>
    public static IReadOnlyList<string> Of(Address address, string countryName)
    {
        var country = address.Country?.Trim() ?? "";
        var lines = new List<string?> { address.Name, address.Company, address.Line1, address.Line2 };
        if (CityRegionPostal.Contains(country))
        {
            var region = string.IsNullOrWhiteSpace(address.Region) ? "" : $", {address.Region.Trim()}";
            lines.Add($"{address.City.Trim()}{region} {address.PostalCode.Trim()}");
        }
        else if (PostcodeLine.Contains(country))
        {
            lines.AddRange([address.City, address.Region, address.PostalCode]);
        }
        else
        {
            lines.Add($"{address.PostalCode.Trim()} {address.City.Trim()}");
            lines.Add(address.Region);
        }

        lines.Add(countryName);
        return [.. lines.Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l!.Trim())];
    }

    /// <summary>
    /// The country's English name ("Germany", "United States"), the code when it is none: the msgid its translations
    /// are found by (PO files), since .NET names a country in its own language, not the reader's ("Deutschland" to everyone).
    /// </summary>
    public static string EnglishCountryName(string code)
    {
        try
        {
            return code.Trim().Length == 2 ? new RegionInfo(code.Trim()).EnglishName : code;
        }
        catch (ArgumentException)
        {
            return code;
        }
    }
}

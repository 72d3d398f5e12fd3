using System.Globalization;

namespace Multistore.Commerce;

/// <summary>
/// An <see cref="Address"/> as a letter carrier and its reader expect it: the lines in the country's order
/// ("New York, NY 10118" in the US and Canada, "10117 Berlin" in Germany and Sweden, the postcode on a line of its own
/// in the UK) and the country's name in the reader's language, never its code.
/// </summary>
public static class PostalAddressLines
{
    private static readonly HashSet<string> CityRegionPostal = new(StringComparer.OrdinalIgnoreCase) { "US", "CA", "AU" };
    private static readonly HashSet<string> PostcodeLine = new(StringComparer.OrdinalIgnoreCase) { "GB", "IE" };

    public static IReadOnlyList<string> Of(Address address, CultureInfo culture)
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

        lines.Add(CountryName(country, culture));
        return [.. lines.Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l!.Trim())];
    }

    /// <summary>The country's name in <paramref name="culture"/>'s language ("Deutschland", "Vereinigte Staaten"); the code when it is none.</summary>
    public static string CountryName(string code, CultureInfo culture)
    {
        if (code.Length != 2)
        {
            return code;
        }

        var previous = CultureInfo.CurrentUICulture;
        try
        {
            // RegionInfo names the country in the current UI culture's language.
            CultureInfo.CurrentUICulture = culture;
            return new RegionInfo(code).DisplayName;
        }
        catch (ArgumentException)
        {
            return code;
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}

using System.Globalization;
using System.Text.RegularExpressions;
using Multistore.Commerce;

namespace Multistore.Checkout.Services;

/// <summary>Address formats per country, and checks of an address against its country's format.</summary>
public static class AddressFormats
{
    private static readonly string[] PostalFirst = ["name", "company", "line1", "line2", "postalCode", "city", "country", "phone"];
    private static readonly string[] CityFirst = ["name", "company", "line1", "line2", "city", "region", "postalCode", "country", "phone"];
    private static readonly string[] CityOnly = ["name", "company", "line1", "line2", "city", "postalCode", "country", "phone"];

    private static readonly Dictionary<string, (string[] Fields, bool RegionRequired, string? Pattern, string? Example)> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["DE"] = (PostalFirst, false, @"^\d{5}$", "10115"),
        ["AT"] = (PostalFirst, false, @"^\d{4}$", "1010"),
        ["CH"] = (PostalFirst, false, @"^\d{4}$", "8001"),
        ["FR"] = (PostalFirst, false, @"^\d{5}$", "75001"),
        ["NL"] = (PostalFirst, false, @"^\d{4}\s?[A-Za-z]{2}$", "1011 AB"),
        ["SE"] = (PostalFirst, false, @"^\d{3}\s?\d{2}$", "111 22"),
        ["DK"] = (PostalFirst, false, @"^\d{4}$", "1050"),
        ["NO"] = (PostalFirst, false, @"^\d{4}$", "0150"),
        ["FI"] = (PostalFirst, false, @"^\d{5}$", "00100"),
        ["US"] = (CityFirst, true, @"^\d{5}(-\d{4})?$", "94105"),
        ["CA"] = (CityFirst, true, @"^[A-Za-z]\d[A-Za-z]\s?\d[A-Za-z]\d$", "M5V 2T6"),
        ["GB"] = (CityOnly, false, @"^[A-Za-z]{1,2}\d[A-Za-z\d]?\s?\d[A-Za-z]{2}$", "SW1A 1AA"),
    };

    public static AddressFormat For(string country, CultureInfo culture)
    {
        var code = country.ToUpperInvariant();
        var (fields, regionRequired, pattern, example) = Known.TryGetValue(code, out var known) ? known : (PostalFirst, false, null, null);
        var required = new List<string> { "name", "line1", "city", "country" };
        if (pattern is not null)
        {
            required.Add("postalCode");
        }

        if (regionRequired)
        {
            required.Add("region");
        }

        return new AddressFormat(code, CountryName(code, culture), fields, required, pattern, example) { Regions = CountryRegions.Of(code) };
    }

    public static string CountryName(string code, CultureInfo culture)
    {
        try
        {
            var previous = CultureInfo.CurrentUICulture;
            CultureInfo.CurrentUICulture = culture;
            var name = new RegionInfo(code).DisplayName;
            CultureInfo.CurrentUICulture = previous;
            return name;
        }
        catch (ArgumentException)
        {
            return code;
        }
    }

    /// <summary>
    /// The first problem with <paramref name="address"/> as (field, message), or null when it is fine. For an order
    /// collected at a pickup point (<paramref name="pickup"/>) the address only names who collects it: name and country,
    /// no street, city or postal code.
    /// </summary>
    public static (string Field, string Message)? Check(Address address, IReadOnlyCollection<string> allowedCountries, string prefix, bool pickup = false)
    {
        if (TooLong(address) is { } longest)
        {
            return ($"{prefix}.{longest.Name}", FieldLimits.TooLong($"{prefix}.{longest.Name}", longest.Max));
        }

        var country = address.Country?.Trim().ToUpperInvariant() ?? "";
        if (!allowedCountries.Contains(country, StringComparer.OrdinalIgnoreCase))
        {
            return ($"{prefix}.country", $"We do not ship to '{address.Country}'. Choose one of: {string.Join(", ", allowedCountries)}.");
        }

        var format = For(country, CultureInfo.CurrentCulture);
        if (pickup)
        {
            return string.IsNullOrWhiteSpace(address.Name) ? ($"{prefix}.name", $"Enter the {Label("name")}.") : null;
        }

        var values = new Dictionary<string, string?>
        {
            ["name"] = address.Name, ["line1"] = address.Line1, ["city"] = address.City, ["country"] = address.Country,
            ["postalCode"] = address.PostalCode, ["region"] = address.Region,
        };
        foreach (var field in format.Required)
        {
            if (string.IsNullOrWhiteSpace(values[field]))
            {
                return ($"{prefix}.{field}", $"Enter the {Label(field)}.");
            }
        }

        if (format.Regions.Count > 0 && !format.Regions.Any(r => string.Equals(r.Code, address.Region?.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            var sample = format.Regions.FirstOrDefault(r => r.Code is "NY" or "ON") ?? format.Regions[0];
            return ($"{prefix}.region", $"'{address.Region}' is not a state or province of {format.CountryName}. Use its code, for example {sample.Code} for {sample.Name}.");
        }

        if (format.PostalCodePattern is { } pattern && !Regex.IsMatch(address.PostalCode.Trim(), pattern, RegexOptions.None, TimeSpan.FromSeconds(1)))
        {
            return ($"{prefix}.postalCode", $"'{address.PostalCode}' is not a postal code in {format.CountryName} (for example {format.PostalCodeExample}).");
        }

        return null;
    }

    /// <summary>The first field longer than a shopper may write (<see cref="FieldLimits"/>), checked before anything else reads the values.</summary>
    public static (string Name, int Max)? TooLong(Address address)
    {
        foreach (var (name, value, max) in new[]
        {
            ("name", address.Name, FieldLimits.Name), ("company", address.Company, FieldLimits.Name), ("line1", address.Line1, FieldLimits.AddressLine),
            ("line2", address.Line2, FieldLimits.AddressLine), ("city", address.City, FieldLimits.AddressLine), ("region", address.Region, FieldLimits.AddressLine),
            ("postalCode", address.PostalCode, FieldLimits.PostalCode), ("country", address.Country, FieldLimits.Country), ("phone", address.Phone, FieldLimits.Phone),
        })
        {
            if (value?.Trim().Length > max)
            {
                return (name, max);
            }
        }

        return null;
    }

    private static string Label(string field) => field switch
    {
        "line1" => "street address",
        "postalCode" => "postal code",
        "region" => "state or province",
        _ => field,
    };
}

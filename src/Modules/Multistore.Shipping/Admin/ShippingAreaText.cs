using Microsoft.Extensions.Localization;
using Multistore.Admin.Routing;
using Multistore.Shipping.Domain;

namespace Multistore.Shipping.Admin;

/// <summary>A zone's areas as the admin types them: "DE, AT, US-NY" (country, or country-region), or * for everywhere.</summary>
internal static class ShippingAreaText
{
    private static readonly char[] Separators = [',', ';', '\n', '\r', ' ', '\t'];

    public static string Format(IEnumerable<ShippingZoneArea> areas) =>
        string.Join(", ", areas.OrderBy(a => a.Country, StringComparer.Ordinal).ThenBy(a => a.Region, StringComparer.Ordinal).Select(Format));

    public static string Format(ShippingZoneArea area) => area.Region.Length == 0 ? area.Country : $"{area.Country}-{area.Region}";

    /// <summary>The areas, or an error naming the first entry that is not one.</summary>
    public static IReadOnlyList<ShippingZoneArea> Parse(string? text, string field, FormErrors errors, IStringLocalizer t)
    {
        var areas = new List<ShippingZoneArea>();
        foreach (var entry in (text ?? "").Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = entry.ToUpperInvariant().Split('-', 2);
            var (country, region) = (parts[0], parts.Length > 1 ? parts[1] : "");
            var valid = country == ShippingZoneArea.Everywhere
                ? region.Length == 0
                : CountryCode.IsValid(country) && region.Length <= 10 && region.All(char.IsAsciiLetterOrDigit) && (parts.Length == 1 || region.Length > 0);
            if (!valid)
            {
                errors.Add(field, t["'{0}' is not a country code (DE), a country and region (US-NY) or * for everywhere.", entry]);
                return [];
            }

            if (!areas.Any(a => a.Country == country && a.Region == region))
            {
                areas.Add(new ShippingZoneArea { Country = country, Region = region });
            }
        }

        if (areas.Count == 0)
        {
            errors.Add(field, t["List at least one country (DE), country and region (US-NY), or * for everywhere."]);
        }

        return areas;
    }
}

using System.Text.Json;
using Multistore.Recipes;
using Multistore.Shipping.Domain;

namespace Multistore.Shipping.Recipes;

/// <summary>
/// The <c>country</c> part of a <c>shipping</c> step, as an export writes it: <c>"country": { "from": "SE", "to": "${Country}" }</c>.
/// When <c>to</c> differs, every zone with an area covering all of <c>from</c> also covers all of <c>to</c>, so a clone
/// into a new country ships there with the exported store's rates (shoppers can buy; adjust the rates afterwards).
/// </summary>
internal static class ShippingHomeCountry
{
    private const string Field = "country";

    public static void Validate(RecipeStepContext context)
    {
        if (!context.Step.TryGetProperty(Field, out var country))
        {
            return;
        }

        foreach (var part in new[] { "from", "to" })
        {
            if (context.ReadString(country, part, required: true, path: Field) is { Length: > 0 } code && !CountryCode.IsValid(code))
            {
                context.AddError($"{Field}.{part}", $"'{code}' is not an ISO 3166-1 alpha-2 country code (SE, DK, DE).");
            }
        }
    }

    /// <summary>Adds the new country to <paramref name="zone"/> when it covers the old one.</summary>
    public static void Apply(RecipeStepContext context, ShippingZone zone)
    {
        if (!context.Step.TryGetProperty(Field, out var country))
        {
            return;
        }

        var from = context.ReadString(country, "from")!.ToUpperInvariant();
        var to = context.ReadString(country, "to")!.ToUpperInvariant();
        if (from != to && zone.Areas.Any(a => a.Country == from && a.Region.Length == 0) && !zone.Areas.Any(a => a.Country == to && a.Region.Length == 0))
        {
            zone.Areas.Add(new ShippingZoneArea { ZoneId = zone.Id, Country = to });
        }
    }
}

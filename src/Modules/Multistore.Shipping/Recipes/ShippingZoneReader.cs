using System.Text.Json;
using Multistore.Recipes;
using Multistore.Shipping.Domain;

namespace Multistore.Shipping.Recipes;

/// <summary>One zone of the <c>shipping</c> step: checked field by field, then read into a zone with its areas and rates.</summary>
internal static class ShippingZoneReader
{
    public static void Validate(RecipeStepContext context, JsonElement zone, string path, HashSet<string> names)
    {
        if (context.ReadString(zone, "name", required: true, path: path) is { Length: > 0 } name && !names.Add(name))
        {
            context.AddError($"{path}.name", $"'{name}' names another zone of this step.");
        }

        foreach (var (index, area) in context.ReadArray(zone, "areas", required: true, path: path))
        {
            var at = $"{path}.areas[{index}]";
            if (context.ReadString(area, "country", required: true, path: at) is { Length: > 0 } country && country != ShippingZoneArea.Everywhere && !CountryCode.IsValid(country))
            {
                context.AddError($"{at}.country", $"'{country}' is not an ISO 3166-1 alpha-2 country code, nor * for everywhere.");
            }

            if (context.ReadString(area, "region", path: at) is { Length: > 10 })
            {
                context.AddError($"{at}.region", "must be a region code of at most 10 characters.");
            }
        }

        var codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (index, rate) in context.ReadArray(zone, "rates", required: true, path: path))
        {
            ShippingRateReader.Validate(context, rate, $"{path}.rates[{index}]", codes);
        }
    }

    public static ShippingZone Read(RecipeStepContext context, JsonElement item, int position)
    {
        var zone = new ShippingZone { Name = context.ReadString(item, "name")!, Position = position };
        zone.Areas = [.. context.ReadArray(item, "areas")
            .Select(a => new ShippingZoneArea
            {
                ZoneId = zone.Id,
                Country = context.ReadString(a.Item, "country")!.ToUpperInvariant(),
                Region = (context.ReadString(a.Item, "region") ?? "").ToUpperInvariant(),
            })
            .DistinctBy(a => (a.Country, a.Region))];
        zone.Rates = [.. context.ReadArray(item, "rates").Select(r => ShippingRateReader.Read(context, r.Item, zone.Id))];
        return zone;
    }
}

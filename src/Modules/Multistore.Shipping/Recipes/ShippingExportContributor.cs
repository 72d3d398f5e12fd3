using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Multistore.Recipes;
using Multistore.Settings;
using Multistore.Shipping.Domain;

namespace Multistore.Shipping.Recipes;

/// <summary>
/// Adds the shipping zones (areas, rates, weight tiers, free-above thresholds) to every export, as a <c>shipping</c>
/// step that <see cref="ShippingRecipeStep"/> reads back; pickup locations travel with the settings (group Pickup).
/// The store's home country (the region of its default culture) becomes parameter <see cref="CloneParameters.Country"/>:
/// a clone given another country has it added to the zones that covered the exported store's (<see cref="ShippingHomeCountry"/>).
/// Rates are in the store's currency: a clone in another converts them at the export's exchange rate (<see cref="RecipeCurrencyConversion"/>).
/// </summary>
internal sealed class ShippingExportContributor(ShippingDbContext db, IOptions<SiteSettings> site) : IRecipeExportContributor
{
    public async Task ContributeAsync(RecipeExportContext context, CancellationToken cancellationToken)
    {
        var zones = await db.Zones.AsNoTracking().Include(z => z.Areas).Include(z => z.Rates).ThenInclude(r => r.Tiers).AsSplitQuery()
            .OrderBy(z => z.Position).ThenBy(z => z.Name).ToListAsync(cancellationToken);
        if (zones.Count == 0)
        {
            return;
        }

        var step = new JsonObject();
        if (HomeCountry() is { } home && zones.Any(z => z.Areas.Any(a => a.Country == home)))
        {
            context.AddParameter(CloneParameters.Country, home, $"The store's country (ISO 3166-1 alpha-2); shipping zones that cover {home} cover it too.");
            step["country"] = new JsonObject { ["from"] = home, ["to"] = CloneParameters.Placeholder(CloneParameters.Country) };
        }

        step[RecipeCurrencyConversion.Field] = RecipeCurrencyConversion.Describe(context, site.Value.Currency);
        step["zones"] = new JsonArray([.. zones.Select(Zone)]);
        context.AddStep("shipping", step);
    }

    private static JsonNode Zone(ShippingZone zone) => new JsonObject
    {
        ["name"] = zone.Name,
        ["areas"] = new JsonArray([.. zone.Areas.OrderBy(a => a.Country, StringComparer.Ordinal).ThenBy(a => a.Region, StringComparer.Ordinal).Select(a =>
        {
            var area = new JsonObject { ["country"] = a.Country };
            if (a.Region.Length > 0)
            {
                area["region"] = a.Region;
            }

            return (JsonNode)area;
        })]),
        ["rates"] = new JsonArray([.. zone.Rates.OrderBy(r => r.Code, StringComparer.Ordinal).Select(Rate)]),
    };

    private static JsonNode Rate(ShippingRate rate)
    {
        var json = new JsonObject { ["code"] = rate.Code, ["name"] = rate.Name };
        if (rate.Tiers.Count == 0)
        {
            json["price"] = rate.Price;
        }
        else
        {
            json["tiers"] = new JsonArray([.. rate.Tiers.OrderBy(t => t.UpToKg).Select(t => (JsonNode)new JsonObject { ["upToKg"] = t.UpToKg, ["price"] = t.Price })]);
        }

        if (rate.FreeAbove is { } free)
        {
            json["freeAbove"] = free;
        }

        return json;
    }

    private string? HomeCountry()
    {
        try
        {
            return new RegionInfo(CultureInfo.GetCultureInfo(site.Value.DefaultCulture).Name).TwoLetterISORegionName;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}

using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Multistore.Recipes;
using Multistore.Settings;
using Multistore.Shipping.Settings;

namespace Multistore.Shipping.Recipes;

/// <summary>
/// <c>{ "name": "shipping", "zones": [ { "name": "Sweden", "areas": [ { "country": "SE" } ], "rates": [ { "code": "postnord", "name": "PostNord",
/// "price": 49, "freeAbove": 499 }, { "code": "heavy", "name": "Freight", "tiers": [ { "upToKg": 5, "price": 99 } ] } ] } ],
/// "pickup": { "offer": "kiosk", "locations": [ { "code": "sthlm", "name": "Stockholm store", "address": "..." } ] } }</c>.
/// A zone replaces the zone of the same name. An export adds <c>"country": { "from": "SE", "to": "${Country}" }</c>
/// (<see cref="ShippingHomeCountry"/>) and <c>"convert": { "from": "SEK", "to": "${Currency}", "rate": "${ExchangeRate}" }</c>: a clone in
/// another currency has every rate, tier and free-above threshold converted (<see cref="RecipeCurrencyConversion"/>).
/// </summary>
internal sealed class ShippingRecipeStep(ShippingDbContext db, ISiteSettingsStore settings) : IRecipeStep
{
    public string Name => "shipping";

    public void Validate(RecipeStepContext context)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (index, zone) in context.ReadArray(context.Step, "zones"))
        {
            ShippingZoneReader.Validate(context, zone, $"zones[{index}]", names);
        }

        if (context.Step.TryGetProperty("pickup", out var pickup))
        {
            PickupReader.Validate(context, pickup, "pickup");
        }

        ShippingHomeCountry.Validate(context);
        RecipeCurrencyConversion.Validate(context, "shipping rates");
    }

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var position = await db.Zones.CountAsync(cancellationToken);
        var conversion = RecipeCurrencyConversion.Read(context);
        foreach (var (_, item) in context.ReadArray(context.Step, "zones"))
        {
            var zone = ShippingZoneReader.Read(context, item, position++);
            ShippingHomeCountry.Apply(context, zone);
            if (conversion is not null)
            {
                foreach (var rate in zone.Rates)
                {
                    rate.Price = conversion.Convert(rate.Price);
                    rate.FreeAbove = conversion.Convert(rate.FreeAbove);
                    foreach (var tier in rate.Tiers)
                    {
                        tier.Price = conversion.Convert(tier.Price);
                    }
                }
            }

            db.Zones.RemoveRange(await db.Zones.Where(z => z.Name == zone.Name).ToListAsync(cancellationToken));
            db.Zones.Add(zone);
        }

        await db.SaveChangesAsync(cancellationToken);
        if (context.Step.TryGetProperty("pickup", out var pickup))
        {
            await settings.SaveAsync(PickupSettings.GroupName, JsonSerializer.SerializeToElement(PickupReader.Read(context, pickup)), cancellationToken);
        }
    }
}

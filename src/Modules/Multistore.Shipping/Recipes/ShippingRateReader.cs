using System.Text.Json;
using Multistore.Recipes;
using Multistore.Shipping.Domain;

namespace Multistore.Shipping.Recipes;

/// <summary>One rate of a zone: a flat <c>price</c> or weight <c>tiers</c>, optionally <c>freeAbove</c> an order value.</summary>
internal static class ShippingRateReader
{
    public static void Validate(RecipeStepContext context, JsonElement rate, string path, HashSet<string> codes)
    {
        if (context.ReadString(rate, "code", required: true, path: path) is { Length: > 0 } code && !codes.Add(code))
        {
            context.AddError($"{path}.code", $"'{code}' is used by another rate of this zone.");
        }

        context.ReadString(rate, "name", required: true, path: path);
        var price = context.ReadDecimal(rate, "price", path: path);
        var tiers = context.ReadArray(rate, "tiers", path: path).ToList();
        if (price is null && tiers.Count == 0)
        {
            context.AddError($"{path}.price", "is required when the rate has no weight tiers.");
        }

        if (price is < 0)
        {
            context.AddError($"{path}.price", "must not be negative.");
        }

        if (context.ReadDecimal(rate, "freeAbove", path: path) is < 0)
        {
            context.AddError($"{path}.freeAbove", "must not be negative.");
        }

        var limits = new HashSet<decimal>();
        foreach (var (index, tier) in tiers)
        {
            var at = $"{path}.tiers[{index}]";
            if (context.ReadDecimal(tier, "upToKg", required: true, path: at) is { } upTo && (upTo <= 0 || !limits.Add(upTo)))
            {
                context.AddError($"{at}.upToKg", "must be more than zero and differ from the other tiers.");
            }

            if (context.ReadDecimal(tier, "price", required: true, path: at) is < 0)
            {
                context.AddError($"{at}.price", "must not be negative.");
            }
        }
    }

    public static ShippingRate Read(RecipeStepContext context, JsonElement item, Guid zoneId)
    {
        var rate = new ShippingRate
        {
            ZoneId = zoneId,
            Code = context.ReadString(item, "code")!,
            Name = context.ReadString(item, "name")!,
            Price = context.ReadDecimal(item, "price") ?? 0m,
            FreeAbove = context.ReadDecimal(item, "freeAbove"),
        };
        rate.Tiers = [.. context.ReadArray(item, "tiers").Select(t => new ShippingRateTier
        {
            RateId = rate.Id,
            UpToKg = context.ReadDecimal(t.Item, "upToKg")!.Value,
            Price = context.ReadDecimal(t.Item, "price")!.Value,
        })];
        return rate;
    }
}

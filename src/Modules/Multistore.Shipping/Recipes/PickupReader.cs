using System.Text.Json;
using Multistore.Recipes;
using Multistore.Shipping.Settings;

namespace Multistore.Shipping.Recipes;

/// <summary>The <c>pickup</c> part of the <c>shipping</c> step.</summary>
public static class PickupReader
{
    public static void Validate(RecipeStepContext context, JsonElement pickup, string path)
    {
        if (context.ReadString(pickup, "offer", required: true, path: path) is { } offer && !PickupOffer.All.Contains(offer))
        {
            context.AddError($"{path}.offer", $"must be one of {string.Join(", ", PickupOffer.All)}, not '{offer}'.");
        }

        var codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (index, location) in context.ReadArray(pickup, "locations", required: true, path: path))
        {
            var at = $"{path}.locations[{index}]";
            if (context.ReadString(location, "code", required: true, path: at) is { Length: > 0 } code && !codes.Add(code))
            {
                context.AddError($"{at}.code", $"'{code}' is used by another location.");
            }

            context.ReadString(location, "name", required: true, path: at);
            context.ReadString(location, "address", required: true, path: at);
        }
    }

    public static PickupSettings Read(RecipeStepContext context, JsonElement pickup) => new()
    {
        Offer = context.ReadString(pickup, "offer")!,
        Locations = [.. context.ReadArray(pickup, "locations").Select(l => new PickupLocation
        {
            Code = context.ReadString(l.Item, "code")!,
            Name = context.ReadString(l.Item, "name")!,
            Address = context.ReadString(l.Item, "address")!,
        })],
    };
}

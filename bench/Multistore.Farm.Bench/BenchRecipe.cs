using System.Globalization;
using System.Text.Json.Nodes;
using Multistore.Farm.Tests;

namespace Multistore.Farm.Bench;

/// <summary>
/// The farm tests' store (<see cref="FarmStore.Recipe"/>: the Desk Lamp, shipping, cash on delivery) with more products,
/// so the API's 20-item list has 20 items, and the Storefront API's per-client limit out of the way: wrk sends every
/// request from one address. The added products come after the lamp by name, SKU, slug and creation, so the admin's
/// product list still opens the lamp first (<see cref="StoreAdmin.SetLampPriceAsync"/>).
/// </summary>
public static class BenchRecipe
{
    public static string Json(int products)
    {
        var recipe = JsonNode.Parse(FarmStore.Recipe)!;
        var steps = recipe["steps"]!.AsArray();
        steps.Add(new JsonObject
        {
            ["name"] = "settings",
            ["StorefrontApi"] = new JsonObject { ["RequestsPerWindow"] = 100_000_000, ["WindowSeconds"] = 1 },
        });
        var catalog = Step(steps, "catalog")["products"]!.AsArray();
        var prices = Step(steps, "pricelists")["lists"]![0]!["prices"]!.AsArray();
        for (var i = 1; i < products; i++)
        {
            var sku = $"WALL{i:000}";
            var slug = $"wall-light-{i:000}";
            catalog.Add(new JsonObject
            {
                ["sku"] = sku,
                ["translations"] = new JsonObject { ["en-US"] = new JsonObject { ["name"] = $"Wall Light {i:000}", ["slug"] = slug } },
            });
            prices.Add(new JsonObject { ["sku"] = sku, ["amount"] = 10 + i });
        }

        return recipe.ToJsonString();
    }

    private static JsonNode Step(JsonArray steps, string name) =>
        steps.First(step => string.Equals((string?)step!["name"], name, StringComparison.Ordinal))!;

    /// <summary>A price as the product page shows it (en-US, two decimals), for finding it on the page.</summary>
    public static string Shown(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
}

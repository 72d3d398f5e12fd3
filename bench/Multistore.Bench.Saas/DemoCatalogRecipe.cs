using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Multistore.Bench.Saas;

/// <summary>
/// The store recipe plus a demo catalog of N products (three categories, two size variants each, English
/// texts with an HTML description that goes through the sanitizer) and a USD price list: what a merchant's
/// first store looks like once its catalog is loaded.
/// </summary>
public static class DemoCatalogRecipe
{
    public static string Json(int products)
    {
        var categories = new JsonArray(
            Category("apparel", "Apparel"), Category("outdoor", "Outdoor"), Category("home", "Home"));
        var items = new JsonArray();
        var prices = new JsonArray();
        for (var i = 0; i < products; i++)
        {
            var sku = $"DEMO-{i:0000}";
            items.Add(new JsonObject
            {
                ["sku"] = sku,
                ["categories"] = new JsonArray(((string[])["apparel", "outdoor", "home"])[i % 3]),
                ["attributes"] = new JsonObject { ["material"] = i % 2 == 0 ? "cotton" : "wool" },
                ["weightKg"] = 0.5 + i % 5 * 0.1,
                ["options"] = new JsonArray("size"),
                ["variants"] = new JsonArray(Variant(sku, "S"), Variant(sku, "M")),
                ["translations"] = new JsonObject
                {
                    ["en-US"] = new JsonObject
                    {
                        ["name"] = $"Demo product {i}",
                        ["slug"] = $"demo-product-{i}",
                        ["description"] = $"<p>Demo product number <strong>{i}</strong>, made to last.</p><script>alert(1)</script>",
                    },
                },
            });
            var amount = 10 + i % 90 + 0.95m;
            prices.Add(Price(sku, amount));
            prices.Add(Price($"{sku}-S", amount));
            prices.Add(Price($"{sku}-M", amount));
        }

        var recipe = new JsonObject
        {
            ["name"] = "bench-store-with-catalog",
            ["parameters"] = new JsonArray(new JsonObject { ["name"] = "SiteName" }),
            ["steps"] = new JsonArray(
                new JsonObject { ["name"] = "recipes", ["values"] = new JsonArray(new JsonObject { ["name"] = "store" }) },
                new JsonObject { ["name"] = "catalog", ["categories"] = categories, ["products"] = items },
                new JsonObject
                {
                    ["name"] = "pricelists",
                    ["lists"] = new JsonArray(new JsonObject { ["name"] = "Main", ["currency"] = "USD", ["default"] = true, ["prices"] = prices }),
                }),
        };
        return recipe.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }

    private static JsonObject Category(string key, string name) =>
        new() { ["key"] = key, ["names"] = new JsonObject { ["en-US"] = name } };

    private static JsonObject Variant(string sku, string size) =>
        new() { ["sku"] = $"{sku}-{size}", ["values"] = new JsonArray(size) };

    private static JsonObject Price(string sku, decimal amount) =>
        new() { ["sku"] = sku, ["amount"] = decimal.Parse(amount.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) };
}

using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Catalog.Editing;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Integration.Tests.Search;
using Multistore.Setup;

namespace Multistore.Integration.Tests.Catalog;

/// <summary>Attribute and option names and values are labelled per culture in the catalog; filters stay culture-neutral.</summary>
public sealed class AttributeLabelTests
{
    private static readonly MultistoreFactory Factory = MultistoreFactory.Shared;

    private static readonly string Recipe = CatalogRecipes.German
        .Replace("\"enable\": [ \"Multistore.Search\" ]", "\"enable\": [ \"Multistore.Search\", \"Multistore.StorefrontApi\" ]", StringComparison.Ordinal)
        .Replace("\"products\": [", """
            "attributes": [
              { "name": "material", "names": { "de-DE": "Werkstoff", "en-US": "Material" },
                "values": { "Leder": { "en-US": "Leather" }, "Wolle": { "en-US": "Wool" }, "Daune": { "en-US": "Down" } } },
              { "name": "color", "names": { "de-DE": "Farbton", "en-US": "Colour" },
                "values": { "Red": { "de-DE": "Feuerrot", "en-US": "Scarlet" }, "Navy": { "de-DE": "Dunkelblau", "en-US": "Navy blue" } } } ],
            "products": [
              { "sku": "TEE", "categories": [ "clothing" ], "attributes": { "material": "Wolle" }, "options": [ "color" ],
                "variants": [ { "sku": "TEE-RED", "values": [ "Red" ] }, { "sku": "TEE-NAVY", "values": [ "Navy" ] } ],
                "translations": { "de-DE": { "name": "Hemd" }, "en-US": { "name": "Shirt" } } },
            """, StringComparison.Ordinal)
        .Replace("{ \"sku\": \"CAP\", \"amount\": 25 },", "{ \"sku\": \"CAP\", \"amount\": 25 }, { \"sku\": \"TEE-RED\", \"amount\": 30 }, { \"sku\": \"TEE-NAVY\", \"amount\": 30 },", StringComparison.Ordinal);

    [Fact]
    public async Task FacetsShowLabelsInTheRequestCultureAndFilterByTheNeutralValue()
    {
        var store = await Factory.CreateTenantFromJsonAsync(Recipe);
        await store.SearchAsync("", until: r => r.GetProperty("total").GetInt32() == 4);
        var client = store.CreateClient();
        await ApiSearchAsync(client, "", "en-US", r => r.GetProperty("total").GetInt32() == 4);

        var german = await client.GetStringAsync("search");
        var english = await client.GetStringAsync("en-us/search");
        var api = await ApiSearchAsync(client, "?facets=material:Leder", "en-US");
        var all = await ApiSearchAsync(client, "", "en-US");

        Assert.Contains("<h2>Werkstoff</h2>", german);
        Assert.Contains(">Leder</a>", german);
        Assert.Contains("<h2>Material</h2>", english);
        Assert.Contains(">Leather</a>", english);
        Assert.Contains("a.material=Leder", english);
        Assert.Equal(["BOOT"], api.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("sku").GetString()));
        var facets = all.GetProperty("facets");
        Assert.Equal("Material", facets.GetProperty("attributeNames").GetProperty("material").GetString());
        var wool = facets.GetProperty("attributes").GetProperty("material").EnumerateArray().Single(v => v.GetProperty("value").GetString() == "Wolle");
        Assert.Equal("Wool", wool.GetProperty("name").GetString());
        Assert.Equal(2, wool.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task ProductPageShowsOptionsValuesAndAttributesInThePagesCulture()
    {
        var store = await Factory.CreateTenantFromJsonAsync(Recipe);
        var client = store.CreateClient();

        var german = await client.GetStringAsync("products/hemd");
        var english = await client.GetStringAsync("en-us/products/shirt");

        Assert.Contains("Farbton", german);
        Assert.Contains(">Feuerrot<", german);
        Assert.Contains("Dunkelblau", german);
        Assert.Contains("Colour", english);
        Assert.Contains(">Scarlet<", english);
        Assert.Contains("Navy blue", english);
        Assert.DoesNotContain("Dunkelblau", english);
    }

    [Fact]
    public async Task RelabellingAnAttributeReachesTheFacetsAndAnExportCarriesTheLabelsToAClone()
    {
        var store = await Factory.CreateTenantFromJsonAsync(Recipe);
        await store.SearchAsync("", until: r => r.GetProperty("total").GetInt32() == 4);

        var errors = await store.RunAsync(services => services.GetRequiredService<AttributeLabelWriter>().SaveAsync(
            [new AttributeInput { Name = "Material", Names = new() { ["de-DE"] = "Stoff", ["en-US"] = "Fabric" }, Values = new() { ["Wolle"] = new() { ["en-US"] = "Wool yarn" } } }],
            CancellationToken.None));
        var client = store.CreateClient();
        var relabelled = await ApiSearchAsync(client, "", "en-US", r => r.GetProperty("facets").GetProperty("attributeNames").TryGetProperty("material", out var name) && name.GetString() == "Fabric");
        var recipe = await Factory.Service<TenantExporter>().ExportAsync(store.Name, includeContent: true, CancellationToken.None);
        var clone = await Factory.CreateTenantFromJsonAsync(recipe.ToJsonString());
        await ApiSearchAsync(clone.CreateClient(), "", "en-US", r => r.GetProperty("total").GetInt32() == 4);
        var cloned = await clone.CreateClient().GetStringAsync("en-us/search");

        Assert.Empty(errors);
        var material = relabelled.GetProperty("facets").GetProperty("attributes").GetProperty("material").EnumerateArray().ToList();
        Assert.Contains(material, v => v.GetProperty("name").GetString() == "Wool yarn");
        Assert.Contains(material, v => v.GetProperty("value").GetString() == "Leder" && v.GetProperty("name").GetString() == "Leder");
        Assert.Contains("Fabric", recipe.ToJsonString());
        Assert.True(cloned.Contains("<h2>Fabric</h2>", StringComparison.Ordinal), string.Join(" | ", System.Text.RegularExpressions.Regex.Matches(cloned, "<h2>[^<]*</h2>").Select(m => m.Value)));
        Assert.Contains(">Wool yarn</a>", cloned);
    }

    [Fact]
    public async Task EditorLabelsAnOptionAndItsValuesAndTheProductPageShowsThem()
    {
        var store = await Factory.CreateTenantFromJsonAsync(Recipe);
        var editor = await CatalogEditorSession.SignInAsync(store);
        const string page = "admin/catalog/attributes";

        var listed = await editor.Client.GetStringAsync(page);
        var saved = await editor.PostAsync(page, page, new()
        {
            ["name"] = "color", ["names.de-DE"] = "Schattierung", ["names.en-US"] = "",
            ["values[0].value"] = "Navy", ["values[0].de-DE"] = "Nachtblau",
            ["values[1].value"] = "Red", ["values[1].de-DE"] = "",
        });
        var refused = await editor.PostAsync(page, page, new() { ["name"] = "color", ["names.de-DE"] = new string('x', 201) });
        var german = await store.CreateClient().GetStringAsync("products/hemd");
        var english = await store.CreateClient().GetStringAsync("en-us/products/shirt");

        Assert.Contains("value=\"Farbton\"", listed);
        Assert.Contains("value=\"Dunkelblau\"", listed);
        Assert.Contains("saved.", await saved.Content.ReadAsStringAsync());
        Assert.Contains("names.de-DE must be 1 to 200 characters.", await refused.Content.ReadAsStringAsync());
        Assert.Contains("Schattierung", german);
        Assert.Contains("Nachtblau", german);
        Assert.DoesNotContain("Feuerrot", german);
        Assert.Contains("Nachtblau", english);
        Assert.Contains("Schattierung", english);
    }

    [Fact]
    public async Task DemoStoreLabelsItsFacetsAndVariantPickerFromItsRecipe()
    {
        var store = await Factory.CreateTenantAsync("nordic-de");
        await store.SearchAsync("", until: r => r.GetProperty("total").GetInt32() > 0);
        var client = store.CreateClient();

        var search = await client.GetStringAsync("search");
        var product = await client.GetStringAsync("products/muetze");

        Assert.Contains("<h2>Passform</h2>", search);
        Assert.Contains(">Wolle</a>", search);
        Assert.Contains("a.material=wool", search);
        Assert.Contains(">Schwarz<", product);
    }

    [Fact]
    public async Task LabelInAnUnknownCultureIsRefusedWithItsFieldNamed()
    {
        var bad = Recipe.Replace("\"names\": { \"de-DE\": \"Farbton\"", "\"names\": { \"xx-nope-1\": \"Farbton\"", StringComparison.Ordinal);

        var error = await Assert.ThrowsAsync<Multistore.Recipes.RecipeException>(() => Factory.CreateTenantFromJsonAsync(bad));

        Assert.Contains("attributes[1].names.xx-nope-1", error.Message);
    }

    private static async Task<JsonElement> ApiSearchAsync(HttpClient client, string query, string culture, Func<JsonElement, bool>? until = null)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/storefront/v1/search{query}");
            request.Headers.AcceptLanguage.ParseAdd(culture);
            var result = await (await client.SendAsync(request)).Content.ReadFromJsonAsync<JsonElement>();
            if ((until?.Invoke(result) ?? result.GetProperty("total").GetInt32() > 0) || DateTime.UtcNow > deadline)
            {
                return result;
            }

            await Task.Delay(50);
        }
    }
}

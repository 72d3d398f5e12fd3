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

        var german = await HtmlPage.GetAsync(client, "search");
        var english = await HtmlPage.GetAsync(client, "en-us/search");
        var api = await ApiSearchAsync(client, "?facets=material:Leder", "en-US");
        var all = await ApiSearchAsync(client, "", "en-US");

        Assert.Contains("Werkstoff", german.Texts(".facet h2"));
        Assert.Contains("Leder", german.Texts(".facet a"));
        Assert.Contains("Material", english.Texts(".facet h2"));
        Assert.Contains("Leather", english.Texts(".facet a"));
        Assert.Contains(english.Links(".facet"), href => href.Contains("a.material=Leder", StringComparison.Ordinal));
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

        var german = await HtmlPage.GetAsync(client, "products/hemd");
        var english = await HtmlPage.GetAsync(client, "en-us/products/shirt");

        Assert.Contains("Farbton", german.Text());
        Assert.True(german.HasElementWithText("Feuerrot"), "The German page names the red variant Feuerrot.");
        Assert.Contains("Dunkelblau", german.Text());
        Assert.Contains("Colour", english.Text());
        Assert.True(english.HasElementWithText("Scarlet"), "The English page names the red variant Scarlet.");
        Assert.Contains("Navy blue", english.Text());
        Assert.DoesNotContain("Dunkelblau", english.Text());
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
        var cloned = await HtmlPage.GetAsync(clone.CreateClient(), "en-us/search");

        Assert.Empty(errors);
        var material = relabelled.GetProperty("facets").GetProperty("attributes").GetProperty("material").EnumerateArray().ToList();
        Assert.Contains(material, v => v.GetProperty("name").GetString() == "Wool yarn");
        Assert.Contains(material, v => v.GetProperty("value").GetString() == "Leder" && v.GetProperty("name").GetString() == "Leder");
        Assert.Contains("Fabric", recipe.ToJsonString());
        Assert.Contains("Fabric", cloned.Texts(".facet h2"));
        Assert.Contains("Wool yarn", cloned.Texts(".facet a"));
    }

    [Fact]
    public async Task EditorLabelsAnOptionAndItsValuesAndTheProductPageShowsThem()
    {
        var store = await Factory.CreateTenantFromJsonAsync(Recipe);
        var editor = await CatalogEditorSession.SignInAsync(store);
        const string page = "admin/catalog/attributes";

        var listed = await HtmlPage.GetAsync(editor.Client, page);
        var saved = await editor.PostAsync(page, page, new()
        {
            ["name"] = "color", ["names.de-DE"] = "Schattierung", ["names.en-US"] = "",
            ["values[0].value"] = "Navy", ["values[0].de-DE"] = "Nachtblau",
            ["values[1].value"] = "Red", ["values[1].de-DE"] = "",
        });
        var refused = await editor.PostAsync(page, page, new() { ["name"] = "color", ["names.de-DE"] = new string('x', 201) });
        var german = (await HtmlPage.GetAsync(store.CreateClient(), "products/hemd")).Text();
        var english = (await HtmlPage.GetAsync(store.CreateClient(), "en-us/products/shirt")).Text();

        Assert.Contains("Farbton", listed.Values("input[type=text]"));
        Assert.Contains("Dunkelblau", listed.Values("input[type=text]"));
        Assert.Contains("saved.", (await HtmlPage.ParseAsync(saved)).Text());
        Assert.Contains("names.de-DE must be 1 to 200 characters.", (await HtmlPage.ParseAsync(refused)).Text());
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

        var search = await HtmlPage.GetAsync(client, "search");
        var product = await HtmlPage.GetAsync(client, "products/muetze");

        Assert.Contains("Passform", search.Texts(".facet h2"));
        Assert.Contains("Wolle", search.Texts(".facet a"));
        Assert.Contains(search.Links(".facet"), href => href.Contains("a.material=wool", StringComparison.Ordinal));
        Assert.True(product.HasElementWithText("Schwarz"), "The variant picker labels the black variant Schwarz.");
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
            // 503 while the new store's index is still being built: ask again, as an app would.
            using var response = await client.SendAsync(request);
            if (response.StatusCode != System.Net.HttpStatusCode.ServiceUnavailable || DateTime.UtcNow > deadline)
            {
                response.EnsureSuccessStatusCode();
                var result = await response.Content.ReadFromJsonAsync<JsonElement>();
                if ((until?.Invoke(result) ?? result.GetProperty("total").GetInt32() > 0) || DateTime.UtcNow > deadline)
                {
                    return result;
                }
            }

            await Task.Delay(50);
        }
    }
}

using System.Net;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.Storefront;

/// <summary>A store in de-AT, which no PO file and no product text names: German stands in, never whatever was stored first.</summary>
public sealed class CultureFallbackTests
{
    private const string Recipe = """
        {
          "name": "austrian-store",
          "parameters": [ { "name": "SiteName" }, { "name": "Culture" }, { "name": "Currency" } ],
          "steps": [
            { "name": "recipes", "values": [ { "name": "store" } ] },
            { "name": "settings", "Site": { "SupportedCultures": [ "en-US", "fr-FR" ] } },
            { "name": "catalog", "products": [
              { "sku": "AT-1", "translations": {
                "fr-FR": { "name": "Bonnet", "slug": "bonnet", "description": "Chaud" },
                "de-DE": { "name": "Wollmütze", "slug": "wollmuetze", "description": "Warm" } } },
              { "sku": "AT-2", "translations": {
                "fr-FR": { "name": "Écharpe", "slug": "echarpe" },
                "en-US": { "name": "Scarf", "slug": "scarf" } } } ] },
            { "name": "pricelists", "lists": [ { "name": "Main", "currency": "EUR", "default": true, "prices": [ { "sku": "AT-1", "amount": 20 }, { "sku": "AT-2", "amount": 30 } ] } ] }
          ]
        }
        """;

    [Fact]
    public async Task AustrianStoreShowsGermanStringsAndTexts()
    {
        var store = await CreateAsync("de-AT");
        var client = store.CreateClient();

        var product = await client.GetAsync("products/wollmuetze");
        var page = await HtmlPage.ParseAsync(product);

        Assert.Equal(HttpStatusCode.OK, product.StatusCode);
        Assert.Equal("de-AT", page.Attribute("html", "lang"));
        Assert.Equal("In den Warenkorb", page.Text("form.buy button[type=submit]"));
        Assert.Equal("Wollmütze", page.Heading());
        Assert.DoesNotContain("Bonnet", page.Text());
        Assert.DoesNotContain("Bonnet", page.Document.Title);
    }

    [Fact]
    public async Task ATextMissingInTheLanguageFallsBackToTheDefaultCultureNotTheFirstStored()
    {
        var store = await CreateAsync("de-AT", defaultCulture: "en-US");

        var page = await HtmlPage.GetAsync(store.CreateClient(), "de-at/products/scarf");

        Assert.Equal("Scarf", page.Heading());
        Assert.DoesNotContain("Écharpe", page.Text());
        Assert.DoesNotContain("Écharpe", page.Document.Title);
    }

    private static Task<TestTenant> CreateAsync(string culture, string? defaultCulture = null)
    {
        var recipe = defaultCulture is null ? Recipe.Replace("\"en-US\", \"fr-FR\"", "\"fr-FR\"", StringComparison.Ordinal) : Recipe.Replace("\"en-US\", \"fr-FR\"", $"\"{culture}\", \"fr-FR\"", StringComparison.Ordinal);
        return MultistoreFactory.Shared.CreateTenantFromJsonAsync(recipe,
            new Dictionary<string, string> { ["SiteName"] = "Wien", ["Culture"] = defaultCulture ?? culture, ["Currency"] = "EUR" });
    }
}

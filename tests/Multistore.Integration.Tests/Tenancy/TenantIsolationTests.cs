using System.Net;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.Tenancy;

public sealed class TenantIsolationTests
{
    private static readonly MultistoreFactory Factory = MultistoreFactory.Shared;

    private static string CatalogRecipe(string sku, string name, string currency, decimal price) => $$"""
        {
          "name": "isolation-{{sku}}",
          "parameters": [ { "name": "SiteName" }, { "name": "Culture" }, { "name": "Currency" } ],
          "steps": [
            { "name": "recipes", "values": [ { "name": "store" } ] },
            { "name": "catalog", "products": [ { "sku": "{{sku}}", "translations": { "${Culture}": { "name": "{{name}}" } } } ] },
            { "name": "pricelists", "lists": [ { "name": "Main", "currency": "${Currency}", "default": true, "prices": [ { "sku": "{{sku}}", "amount": {{price}} } ] } ] }
          ]
        }
        """;

    private static string Price(decimal amount, string currency, string culture) =>
        Commerce.Currency.Format(amount, currency, System.Globalization.CultureInfo.GetCultureInfo(culture));

    [Fact]
    public async Task TenantsOnDifferentHostsSeeOnlyTheirOwnProducts()
    {
        var alpha = await Factory.CreateTenantFromJsonAsync(CatalogRecipe("ALPHA-1", "Alpha Lamp", "SEK", 499m),
            new Dictionary<string, string> { ["SiteName"] = "Alpha Store", ["Culture"] = "sv-SE", ["Currency"] = "SEK" });
        var beta = await Factory.CreateTenantFromJsonAsync(CatalogRecipe("BETA-1", "Beta Chair", "EUR", 89.5m),
            new Dictionary<string, string> { ["SiteName"] = "Beta Store", ["Culture"] = "de-DE", ["Currency"] = "EUR" });

        var alphaHome = await alpha.CreateClient().GetStringAsync("/");
        var betaHome = await beta.CreateClient().GetStringAsync("/");

        Assert.Contains("Alpha Store", alphaHome);
        Assert.Contains("Alpha Lamp", alphaHome);
        Assert.Equal("sv-SE", HtmlPage.Parse(alphaHome).Attribute("html", "lang"));
        Assert.Contains(Price(499m, "SEK", "sv-SE"), alphaHome);
        Assert.Contains("499,00 kr", HtmlPage.Parse(alphaHome).Text());
        Assert.DoesNotContain("Beta Chair", alphaHome);

        Assert.Contains("Beta Store", betaHome);
        Assert.Contains("Beta Chair", betaHome);
        Assert.Equal("de-DE", HtmlPage.Parse(betaHome).Attribute("html", "lang"));
        Assert.Contains(Price(89.5m, "EUR", "de-DE"), betaHome);
        Assert.Contains("89,50 €", HtmlPage.Parse(betaHome).Text());
        Assert.DoesNotContain("Alpha Lamp", betaHome);
    }

    [Fact]
    public async Task TenantsOnUrlPrefixesSeeOnlyTheirOwnProducts()
    {
        var parameters = new Dictionary<string, string> { ["SiteName"] = "Prefixed", ["Culture"] = "en-US", ["Currency"] = "USD" };
        var first = await Factory.CreateTenantAsync(Recipes.RecipeReader.Read(CatalogRecipe("PRE-A", "First Thing", "USD", 10m), "a"), parameters, prefix: "p" + TestTenant.NewName());
        var second = await Factory.CreateTenantAsync(Recipes.RecipeReader.Read(CatalogRecipe("PRE-B", "Second Thing", "USD", 20m), "b"), parameters, prefix: "p" + TestTenant.NewName());

        var firstHome = await first.CreateClient().GetStringAsync("");
        var secondHome = await second.CreateClient().GetStringAsync("");

        Assert.Contains("First Thing", firstHome);
        Assert.DoesNotContain("Second Thing", firstHome);
        Assert.Contains("Second Thing", secondHome);
        Assert.Contains($"/{second.Prefix}/products/second-thing", HtmlPage.Parse(secondHome).Links());
    }

    [Fact]
    public async Task UnknownHostGetsTheHostsOwnNotFoundPage()
    {
        await Factory.CreateTenantAsync();
        var client = Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://nobody.example/") });

        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("No store answers at nobody.example", await response.Content.ReadAsStringAsync());
    }
}

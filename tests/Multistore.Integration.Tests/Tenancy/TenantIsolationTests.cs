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

        var alphaHome = await HtmlPage.GetAsync(alpha.CreateClient(), "/");
        var betaHome = await HtmlPage.GetAsync(beta.CreateClient(), "/");

        Assert.Equal("Alpha Store", alphaHome.Heading());
        Assert.Equal(["Alpha Lamp"], alphaHome.Texts(".card-title"));
        Assert.Equal("sv-SE", alphaHome.Attribute("html", "lang"));
        Assert.Equal([Price(499m, "SEK", "sv-SE")], alphaHome.All(".card .amount").Select(a => a.TextContent));
        Assert.Equal(["499,00 kr"], alphaHome.Texts(".card .amount"));
        Assert.DoesNotContain("Beta Chair", alphaHome.Text());

        Assert.Equal("Beta Store", betaHome.Heading());
        Assert.Equal(["Beta Chair"], betaHome.Texts(".card-title"));
        Assert.Equal("de-DE", betaHome.Attribute("html", "lang"));
        Assert.Equal([Price(89.5m, "EUR", "de-DE")], betaHome.All(".card .amount").Select(a => a.TextContent));
        Assert.Equal(["89,50 €"], betaHome.Texts(".card .amount"));
        Assert.DoesNotContain("Alpha Lamp", betaHome.Text());
    }

    [Fact]
    public async Task TenantsOnUrlPrefixesSeeOnlyTheirOwnProducts()
    {
        var parameters = new Dictionary<string, string> { ["SiteName"] = "Prefixed", ["Culture"] = "en-US", ["Currency"] = "USD" };
        var first = await Factory.CreateTenantAsync(Recipes.RecipeReader.Read(CatalogRecipe("PRE-A", "First Thing", "USD", 10m), "a"), parameters, prefix: "p" + TestTenant.NewName());
        var second = await Factory.CreateTenantAsync(Recipes.RecipeReader.Read(CatalogRecipe("PRE-B", "Second Thing", "USD", 20m), "b"), parameters, prefix: "p" + TestTenant.NewName());

        var firstHome = await HtmlPage.GetAsync(first.CreateClient(), "");
        var secondHome = await HtmlPage.GetAsync(second.CreateClient(), "");

        Assert.Equal(["First Thing"], firstHome.Texts(".card-title"));
        Assert.DoesNotContain("Second Thing", firstHome.Text());
        Assert.Equal(["Second Thing"], secondHome.Texts(".card-title"));
        Assert.Contains($"/{second.Prefix}/products/second-thing", secondHome.Links(".card"));
    }

    [Fact]
    public async Task UnknownHostGetsTheHostsOwnNotFoundPage()
    {
        await Factory.CreateTenantAsync();
        var client = Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://nobody.example/") });

        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await HtmlPage.ParseAsync(response);
        Assert.Equal("No store here", page.Heading());
        Assert.StartsWith("No store answers at nobody.example", page.Text("main p"), StringComparison.Ordinal);
    }
}

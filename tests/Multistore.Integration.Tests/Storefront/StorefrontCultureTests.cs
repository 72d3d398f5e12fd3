using System.Net;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.Storefront;

public sealed class StorefrontCultureTests
{
    private static readonly MultistoreFactory Factory = MultistoreFactory.Shared;

    private const string Recipe = """
        {
          "name": "culture-store",
          "parameters": [ { "name": "SiteName" }, { "name": "Culture" }, { "name": "Currency" } ],
          "steps": [
            { "name": "recipes", "values": [ { "name": "store" } ] },
            { "name": "settings", "Site": { "SupportedCultures": [ "fr-FR", "ar-SA" ] } },
            { "name": "catalog", "products": [ { "sku": "CUL-1", "translations": {
              "de-DE": { "name": "Wollmütze", "slug": "wollmuetze" }, "fr-FR": { "name": "Bonnet", "slug": "bonnet" } } } ] },
            { "name": "pricelists", "lists": [ { "name": "Main", "currency": "EUR", "default": true, "prices": [ { "sku": "CUL-1", "amount": 1234.5 } ] } ] }
          ]
        }
        """;

    private static Task<TestTenant> CreateStoreAsync() => Factory.CreateTenantFromJsonAsync(Recipe,
        new Dictionary<string, string> { ["SiteName"] = "Kultur", ["Culture"] = "de-DE", ["Currency"] = "EUR" });

    [Fact]
    public async Task ShowsThemeStringsAndNumbersInTheCultureOfTheUrl()
    {
        var store = await CreateStoreAsync();
        var client = store.CreateClient();

        var german = await client.GetStringAsync("products/wollmuetze");
        var french = await client.GetStringAsync("fr-fr/products/wollmuetze");

        Assert.Contains("In den Warenkorb", german);
        Assert.Matches(@"1\.234,50\s€", german);
        Assert.Contains("lang=\"fr-FR\"", french);
        Assert.Contains("Ajouter au panier", french);
        Assert.Contains("Bonnet", french);
        Assert.Matches(@"1(\s|&#x202F;)234,50(\s|&#xA0;)€", french);
    }

    [Fact]
    public async Task RendersRightToLeftCulturesWithDirRtl()
    {
        var store = await CreateStoreAsync();

        var arabic = await store.CreateClient().GetStringAsync("ar-sa/");

        Assert.Contains("dir=\"rtl\"", arabic);
        Assert.Contains("أضف إلى السلة", await store.CreateClient().GetStringAsync("ar-sa/products/bonnet"));
    }

    [Fact]
    public async Task CultureSwitchRemembersTheChoiceAndKeepsThePage()
    {
        var store = await CreateStoreAsync();
        var client = store.CreateClient(followRedirects: false);

        var response = await client.GetAsync("culture?set=fr-FR&return=%2Fproducts%2Fwollmuetze");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.EndsWith("/fr-fr/products/wollmuetze", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".Multistore.Culture=fr-FR", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CultureSwitchAnswersACultureTheStoreDoesNotOfferWithTheStoresOwnPage()
    {
        var store = await CreateStoreAsync();
        var client = store.CreateClient(followRedirects: false);

        var response = await client.GetAsync("fr-fr/culture?set=ja-JP&return=%2Fproducts%2Fwollmuetze");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith(".Multistore.Culture", StringComparison.Ordinal)));
        Assert.Contains("lang=\"fr-FR\"", html);
        Assert.Contains("Langue non disponible", html);
        Assert.Contains("<strong>ja-JP</strong>", html);
        Assert.Contains("class=\"site-footer\"", html);
        Assert.Contains("/culture?set=de-DE&return=%2Fproducts%2Fwollmuetze", html);
        Assert.Contains("href=\"/fr-fr/products/wollmuetze\"", html);
    }

    [Fact]
    public async Task CultureSwitchNeverRedirectsOffTheSite()
    {
        var store = await CreateStoreAsync();
        var client = store.CreateClient(followRedirects: false);

        var response = await client.GetAsync("culture?set=fr-FR&return=%2F%2Fevil.example%2F");

        Assert.DoesNotContain("evil.example", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}

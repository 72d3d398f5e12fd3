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

        var german = await HtmlPage.GetAsync(client, "products/wollmuetze");
        var french = await HtmlPage.GetAsync(client, "fr-fr/products/wollmuetze");

        Assert.Equal("In den Warenkorb", german.Text("form.buy button[type=submit]"));
        Assert.Equal("1.234,50 €", german.Text(".product .price .amount"));
        Assert.Equal("fr-FR", french.Attribute("html", "lang"));
        Assert.Equal("Ajouter au panier", french.Text("form.buy button[type=submit]"));
        Assert.Equal("Bonnet", french.Heading());
        Assert.Equal("1 234,50 €", french.Text(".product .price .amount").Replace('\u202F', ' ').Replace('\u00A0', ' '));
    }

    [Fact]
    public async Task RendersRightToLeftCulturesWithDirRtl()
    {
        var store = await CreateStoreAsync();

        var arabic = await HtmlPage.GetAsync(store.CreateClient(), "ar-sa/");

        Assert.Equal("rtl", arabic.Attribute("html", "dir"));
        Assert.Equal("أضف إلى السلة", (await HtmlPage.GetAsync(store.CreateClient(), "ar-sa/products/bonnet")).Text("form.buy button[type=submit]"));
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
        var page = await HtmlPage.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith(".Multistore.Culture", StringComparison.Ordinal)));
        Assert.Equal("fr-FR", page.Attribute("html", "lang"));
        Assert.Contains("Langue non disponible", page.Text());
        Assert.Contains("ja-JP", page.Texts("strong"));
        Assert.True(page.Has(".site-footer"), "The refusal wears the theme's footer.");
        Assert.Contains(page.Links(), href => href.EndsWith("/culture?set=de-DE&return=%2Fproducts%2Fwollmuetze", StringComparison.Ordinal));
        Assert.Contains("/fr-fr/products/wollmuetze", page.Links());
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

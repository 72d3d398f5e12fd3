using System.Net;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.Admin;

/// <summary>
/// The admin speaks the administrator's language (the picker's cookie, then Accept-Language, then the store's default
/// culture's language, else English) among en-US, de-DE, sv-SE and fr-FR, while money keeps the store's currency and
/// format whatever language the page is in.
/// </summary>
public sealed class AdminLanguageTests
{
    private const string Recipe = """
        {
          "name": "admin-language",
          "parameters": [ { "name": "AdminEmail" }, { "name": "AdminPassword" }, { "name": "SiteName" }, { "name": "Culture" }, { "name": "Currency" }, { "name": "TimeZone" } ],
          "steps": [
            { "name": "recipes", "values": [ { "name": "store" } ] },
            { "name": "features", "enable": [ "Multistore.Inventory", "Multistore.Promotions", "Multistore.Cart", "Multistore.Orders", "Multistore.Checkout" ] }
          ]
        }
        """;

    private static MultistoreFactory Factory => MultistoreFactory.Shared;

    private static async Task<TestTenant> StoreAsync(string culture, string currency, string timeZone)
    {
        var parameters = new Dictionary<string, string>(AdminSession.Parameters("owner@example.com", "Sprachladen"))
        {
            ["Culture"] = culture,
            ["Currency"] = currency,
            ["TimeZone"] = timeZone,
        };
        return await Factory.CreateTenantFromJsonAsync(Recipe, parameters);
    }

    private static async Task<AdminSession> SignInAsync(TestTenant store, string? acceptLanguage)
    {
        var session = new AdminSession(store, acceptLanguage);
        Assert.Equal(HttpStatusCode.Redirect, (await session.SignInAsync("owner@example.com")).StatusCode);
        return session;
    }

    [Fact]
    public async Task AcceptLanguageGermanShowsTheAdminInGermanInAnEnglishStore()
    {
        var store = await StoreAsync("en-US", "USD", "America/New_York");
        var session = await SignInAsync(store, "de-CH,de;q=0.9,en;q=0.5");

        var dashboard = await HtmlPage.GetAsync(session.Client, "admin");
        var orders = await HtmlPage.GetAsync(session.Client, "admin/orders");

        Assert.Equal("de-DE", dashboard.Attribute("html", "lang"));
        Assert.Equal("Übersicht", dashboard.Heading());
        Assert.Contains("Abmelden", dashboard.Texts("button"));
        Assert.Contains("Bestellungen", dashboard.Texts("nav.menu a"));
        Assert.Contains("Verkäufe", dashboard.Texts("nav.menu h2"));
        Assert.Equal("Bestellungen", orders.Heading());
        Assert.Contains("Suchen", orders.Texts("label"));
        Assert.Equal("Keine Bestellungen gefunden.", orders.Text("main p.panel"));
    }

    [Fact]
    public async Task PickerCookieWinsOverAcceptLanguageAndIsScopedToTheAdmin()
    {
        var store = await StoreAsync("en-US", "USD", "UTC");
        var session = await SignInAsync(store, "de-DE");

        var picked = await session.PostFormAsync("admin/orders", "admin/culture", new() { ["Culture"] = "fr-FR", ["ReturnUrl"] = "/admin/orders?Status=Paid" });
        var orders = await HtmlPage.GetAsync(session.Client, "admin/orders");

        Assert.Equal(HttpStatusCode.Redirect, picked.StatusCode);
        Assert.Equal("/admin/orders?Status=Paid", picked.Headers.Location?.OriginalString);
        var cookie = Assert.Single(picked.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".Multistore.AdminCulture=", StringComparison.Ordinal));
        Assert.StartsWith(".Multistore.AdminCulture=fr-FR", cookie, StringComparison.Ordinal);
        Assert.Contains("path=/admin", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Commandes", orders.Heading());
        Assert.Equal("fr-FR", orders.Attribute("#admin-language-select option[selected]", "value"));
    }

    [Fact]
    public async Task WithoutAChoiceTheAdminSpeaksTheStoresDefaultLanguage()
    {
        var store = await StoreAsync("sv-SE", "SEK", "Europe/Stockholm");
        var session = await SignInAsync(store, acceptLanguage: null);

        var dashboard = await HtmlPage.GetAsync(session.Client, "admin");

        Assert.Equal("Översikt", dashboard.Heading());
        Assert.Equal("sv-SE", dashboard.Attribute("html", "lang"));
    }

    [Fact]
    public async Task AnUnsupportedLanguageIsNotStoredAndTheAdminFallsBackWithoutAnErrorPage()
    {
        var store = await StoreAsync("de-DE", "EUR", "Europe/Berlin");
        var session = await SignInAsync(store, "en-US");

        var refused = await session.PostFormAsync("admin", "admin/culture", new() { ["Culture"] = "ja-JP", ["ReturnUrl"] = "https://evil.example/admin" });
        var afterRefusal = await HtmlPage.GetAsync(session.Client, "admin");
        session.Client.DefaultRequestHeaders.Add("Cookie", ".Multistore.AdminCulture=xx-YY");
        var forged = await session.Client.GetAsync("admin");
        var forgedPage = await HtmlPage.ParseAsync(forged);

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal("/admin", refused.Headers.Location?.OriginalString);
        Assert.False(refused.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(".Multistore.AdminCulture", StringComparison.Ordinal)));
        Assert.Equal("Dashboard", afterRefusal.Heading());
        Assert.Equal(HttpStatusCode.OK, forged.StatusCode);
        Assert.Equal("Dashboard", forgedPage.Heading());
    }

    [Theory]
    [InlineData("de-DE", "EUR", "Europe/Berlin", "0,00 €")]
    [InlineData("sv-SE", "SEK", "Europe/Stockholm", "0,00 kr")]
    public async Task MoneyKeepsTheStoresFormatInAnEnglishAdmin(string culture, string currency, string timeZone, string zero)
    {
        var store = await StoreAsync(culture, currency, timeZone);
        var session = await SignInAsync(store, "en-US");

        var dashboard = await HtmlPage.GetAsync(session.Client, "admin");

        Assert.Equal("Dashboard", dashboard.Heading());
        Assert.Equal("Today", dashboard.Text("#sales-today h3"));
        Assert.Equal(Normalize(zero), Normalize(dashboard.Text("#sales-today .figure")));
        Assert.DoesNotContain(dashboard.Texts(".figure"), f => f.StartsWith("kr", StringComparison.Ordinal) || f.StartsWith('€'));
    }

    /// <summary>ICU separates the amount and the symbol with a no-break space; the reader sees a space.</summary>
    private static string Normalize(string text) => text.Replace('\u00A0', ' ').Replace('\u202F', ' ');
}

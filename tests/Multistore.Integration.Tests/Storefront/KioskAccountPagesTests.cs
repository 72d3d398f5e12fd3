using System.Net;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.Storefront;

/// <summary>Kiosks have no shopper accounts: every page under /account is the theme's not-found page there, and nothing links to one.</summary>
public sealed class KioskAccountPagesTests
{
    private const string Recipe = """
        {
          "name": "kiosk-accounts",
          "steps": [
            { "name": "recipes", "values": [ { "name": "store" } ] },
            { "name": "features", "enable": [ "Multistore.StorefrontApi", "Multistore.Users", "Multistore.Cart", "Multistore.Orders", "Multistore.Checkout" ] }
          ]
        }
        """;

    private static readonly string[] AccountPages = ["account/sign-in", "account/sign-up", "account/orders", "account/addresses", "account/anything/else"];

    private static Task<TestTenant> CreateStoreAsync(string theme) => MultistoreFactory.Shared.CreateTenantFromJsonAsync(Recipe,
        new Dictionary<string, string> { ["SiteName"] = "Kiosk Shop", ["Culture"] = "en-US", ["Currency"] = "EUR", ["Theme"] = theme });

    [Fact]
    public async Task KioskStoreAnswersEveryAccountPageWithItsNotFoundPage()
    {
        var kiosk = (await CreateStoreAsync("Kiosk")).CreateClient(followRedirects: false);

        foreach (var page in AccountPages)
        {
            var response = await kiosk.GetAsync(page);
            var html = await HtmlPage.ParseAsync(response);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{page} answered {response.StatusCode}");
            Assert.Equal("Page not found", html.Heading());
            Assert.True(html.Has(".theme-kiosk"), "The page wears the kiosk theme.");
        }

        var signIn = await kiosk.PostAsync("account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string> { ["email"] = "a@example.com", ["password"] = "x" }));
        Assert.Equal(HttpStatusCode.NotFound, signIn.StatusCode);
    }

    [Fact]
    public async Task KioskPagesLinkToNoAccountPage()
    {
        var kiosk = (await CreateStoreAsync("Kiosk")).CreateClient();

        foreach (var page in new[] { "", "cart" })
        {
            var html = await HtmlPage.GetAsync(kiosk, page);
            Assert.DoesNotContain(html.All("[href], [action]"), e => (e.GetAttribute("href") ?? e.GetAttribute("action"))!.Contains("/account", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task WebStoreKeepsItsAccountPagesButNotForARequestFromAKiosk()
    {
        var store = await CreateStoreAsync("Storefront");
        var web = store.CreateClient(followRedirects: false);

        Assert.Equal(HttpStatusCode.OK, (await web.GetAsync("account/sign-in")).StatusCode);
        var orders = await web.GetAsync("account/orders");
        Assert.Equal(HttpStatusCode.Unauthorized, orders.StatusCode);
        Assert.StartsWith("/account/sign-in?returnUrl=", (await HtmlPage.ParseAsync(orders)).Link("Sign in"), StringComparison.Ordinal);

        var kiosk = store.CreateClient(followRedirects: false);
        kiosk.DefaultRequestHeaders.Add("X-Touchpoint", "kiosk");
        var refused = await kiosk.GetAsync("account/sign-in");
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal("Page not found", (await HtmlPage.ParseAsync(refused)).Heading());
    }
}

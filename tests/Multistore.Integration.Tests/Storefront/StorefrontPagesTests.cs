using System.Net;
using Multistore.Integration.Tests.Catalog;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Integration.Tests.Search;
using Multistore.Integration.Tests.StorefrontApi;

namespace Multistore.Integration.Tests.Storefront;

/// <summary>The shopper's pages that modules render inside the theme: themed, translated, and answering with the right status.</summary>
public sealed class StorefrontPagesTests
{
    [Fact]
    public async Task AnUnknownPageIsTheThemesNotFoundPageWith404()
    {
        var store = await CustomerStore.CreateAsync(MultistoreFactory.Shared);
        var client = store.CreateClient();

        foreach (var path in new[] { "no-such-page", "products/no-such-product", "categories/no-such-category" })
        {
            var response = await client.GetAsync(path);
            var page = await HtmlPage.ParseAsync(response);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("Seite nicht gefunden · Customer Shop", page.Document.Title);
            Assert.True(page.Has(".site-header"), "The not-found page wears the theme's header.");
            Assert.Contains(page.All("link[rel=stylesheet]"), link => link.GetAttribute("href")!.Contains("site.css", StringComparison.Ordinal));
            Assert.Equal("de-DE", page.Attribute("html", "lang"));
        }
    }

    [Fact]
    public async Task CategoryPageHasTranslatedFacetsSortAndPages()
    {
        var store = await MultistoreFactory.Shared.CreateTenantFromJsonAsync(CatalogRecipes.German);
        await store.SearchAsync("?category=clothing", until: r => r.GetProperty("total").GetInt32() == 2);

        var page = await HtmlPage.GetAsync(store.CreateClient(), "categories/kleidung?size=1&page=2");

        Assert.Equal("2 Produkte", page.Text("p.result-count"));
        Assert.Equal("Filter", page.Attribute("aside.facets", "aria-label"));
        Assert.Equal("Sortieren:", page.Text("nav.sort .sort-label"));
        Assert.Contains("Preis: aufsteigend", page.Texts("nav.sort a"));
        Assert.Equal("Seiten", page.Attribute("nav.pager", "aria-label"));
        Assert.Equal("2", page.Text("nav.pager a[aria-current=page]"));
        Assert.Contains("Preis", page.Texts(".facet h2"));
        Assert.Contains(page.Links(".facet"), href => href.Contains("a.material=Daune", StringComparison.Ordinal));
        Assert.True(page.Has(".site-header"), "The category page wears the theme's header.");
    }

    [Fact]
    public async Task CartCheckoutAndAccountPagesSpeakTheStoresLanguage()
    {
        var store = await CustomerStore.CreateAsync(MultistoreFactory.Shared);
        var client = store.CreateClient();

        var cart = await HtmlPage.GetAsync(client, "cart");
        Assert.Equal("Warenkorb · Customer Shop", cart.Document.Title);
        Assert.Equal("Warenkorb", cart.Text("h1"));
        Assert.Contains("Ihr Warenkorb ist leer.", cart.Text());
        Assert.Contains("Artikelnummer", cart.Text());

        var orders = await client.GetAsync("account/orders");
        Assert.Equal(HttpStatusCode.Unauthorized, orders.StatusCode);
        Assert.StartsWith("Melden Sie sich an, um Ihre Bestellungen zu sehen.", (await HtmlPage.ParseAsync(orders)).Text(".order-history p"), StringComparison.Ordinal);

        var signIn = await HtmlPage.GetAsync(client, "account/sign-in?returnUrl=/account/orders");
        Assert.Equal("Anmelden", signIn.Text("h1"));
        Assert.Equal("/account/orders", signIn.Field("returnUrl"));
    }

    [Fact]
    public async Task AddToCartOnTheCachedProductPagePutsTheProductInTheCart()
    {
        var store = await CustomerStore.CreateAsync(MultistoreFactory.Shared);
        var client = store.CreateClient();
        var product = await HtmlPage.GetAsync(client, "products/lampe");
        Assert.True(product.Has("form[action='/cart/lines']"), "The product page has an add-to-cart form.");

        using var request = new HttpRequestMessage(HttpMethod.Post, "cart/lines") { Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["sku"] = "LAMP", ["quantity"] = "2" }) };
        request.Headers.Add("Origin", $"http://{store.Host}");
        var added = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.EndsWith("/cart", added.RequestMessage!.RequestUri!.AbsolutePath);
        var cart = await HtmlPage.ParseAsync(added);
        Assert.Equal(["Lampe"], cart.Texts("table.cart-lines tbody td:first-child a"));
        Assert.Contains("24,68", cart.Text("table.cart-lines tbody td:nth-child(4)"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddToCartFromAnotherSiteIsRefused()
    {
        var store = await CustomerStore.CreateAsync(MultistoreFactory.Shared);
        var client = store.CreateClient();

        using var request = new HttpRequestMessage(HttpMethod.Post, "cart/lines") { Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["sku"] = "LAMP" }) };
        request.Headers.Add("Origin", "https://evil.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(request)).StatusCode);

        using var bare = new HttpRequestMessage(HttpMethod.Post, "cart/lines") { Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["sku"] = "LAMP" }) };
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(bare)).StatusCode);
        Assert.StartsWith("Ihr Warenkorb ist leer.", (await HtmlPage.GetAsync(client, "cart")).Text(".cart .empty"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWrongPasswordShowsTheSignInPageAgainWithATranslatedError()
    {
        var store = await CustomerStore.CreateAsync(MultistoreFactory.Shared);
        var shopper = new ShopperSession(store);

        var refused = await shopper.PostFormAsync("account/sign-in", "account/sign-in", new() { ["email"] = "nobody@example.com", ["password"] = "wrong-password" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["Die E-Mail-Adresse oder das Passwort ist falsch."], (await HtmlPage.ParseAsync(refused)).Alerts());
    }
}

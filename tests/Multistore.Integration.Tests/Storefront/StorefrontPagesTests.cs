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
            var html = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Contains("<title>Seite nicht gefunden · Customer Shop</title>", html);
            Assert.Contains("class=\"site-header\"", html);
            Assert.Contains("site.css", html);
            Assert.Contains("lang=\"de-DE\"", html);
        }
    }

    [Fact]
    public async Task CategoryPageHasTranslatedFacetsSortAndPages()
    {
        var store = await MultistoreFactory.Shared.CreateTenantFromJsonAsync(CatalogRecipes.German);
        await store.SearchAsync("?category=clothing", until: r => r.GetProperty("total").GetInt32() == 2);

        var page = await store.CreateClient().GetStringAsync("categories/kleidung?size=1&page=2");

        Assert.Contains("<p class=\"result-count\">2 Produkte</p>", page);
        Assert.Contains("aria-label=\"Filter\"", page);
        Assert.Contains(">Sortieren:</span>", page);
        Assert.Contains(">Preis: aufsteigend</a>", page);
        Assert.Contains("<nav class=\"pager\" aria-label=\"Seiten\">", page);
        Assert.Contains("aria-current=\"page\">2</a>", page);
        Assert.Contains("<h2>Preis</h2>", page);
        Assert.Contains("a.material=Daune", page);
        Assert.Contains("class=\"site-header\"", page);
    }

    [Fact]
    public async Task CartCheckoutAndAccountPagesSpeakTheStoresLanguage()
    {
        var store = await CustomerStore.CreateAsync(MultistoreFactory.Shared);
        var client = store.CreateClient();

        var cart = await client.GetStringAsync("cart");
        Assert.Contains("<title>Warenkorb · Customer Shop</title>", cart);
        Assert.Contains("<h1>Warenkorb</h1>", cart);
        Assert.Contains("Ihr Warenkorb ist leer.", cart);
        Assert.Contains("Artikelnummer", cart);

        var orders = await client.GetAsync("account/orders");
        Assert.Equal(HttpStatusCode.Unauthorized, orders.StatusCode);
        Assert.Contains("Melden Sie sich an, um Ihre Bestellungen zu sehen.", await orders.Content.ReadAsStringAsync());

        var signIn = await client.GetStringAsync("account/sign-in?returnUrl=/account/orders");
        Assert.Contains("<h1>Anmelden</h1>", signIn);
        Assert.Contains("name=\"returnUrl\" value=\"/account/orders\"", signIn);
    }

    [Fact]
    public async Task AddToCartOnTheCachedProductPagePutsTheProductInTheCart()
    {
        var store = await CustomerStore.CreateAsync(MultistoreFactory.Shared);
        var client = store.CreateClient();
        var product = await client.GetStringAsync("products/lampe");
        Assert.Contains("action=\"/cart/lines\"", product);

        using var request = new HttpRequestMessage(HttpMethod.Post, "cart/lines") { Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["sku"] = "LAMP", ["quantity"] = "2" }) };
        request.Headers.Add("Origin", $"http://{store.Host}");
        var added = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.EndsWith("/cart", added.RequestMessage!.RequestUri!.AbsolutePath);
        var cart = await added.Content.ReadAsStringAsync();
        Assert.Contains("Lampe", cart);
        Assert.Contains("24,68", cart);
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
        Assert.Contains("Ihr Warenkorb ist leer.", await client.GetStringAsync("cart"));
    }

    [Fact]
    public async Task AWrongPasswordShowsTheSignInPageAgainWithATranslatedError()
    {
        var store = await CustomerStore.CreateAsync(MultistoreFactory.Shared);
        var shopper = new ShopperSession(store);

        var refused = await shopper.PostFormAsync("account/sign-in", "account/sign-in", new() { ["email"] = "nobody@example.com", ["password"] = "wrong-password" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Die E-Mail-Adresse oder das Passwort ist falsch.", await refused.Content.ReadAsStringAsync());
    }
}

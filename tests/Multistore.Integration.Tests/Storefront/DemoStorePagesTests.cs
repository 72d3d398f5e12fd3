using System.Net;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.Storefront;

/// <summary>
/// The demo stores as a shopper meets them: every product has a picture on the lists and on its page, the catalog
/// speaks each culture the store offers, and every theme has its icon.
/// </summary>
public sealed class DemoStorePagesTests
{
    private static readonly MultistoreFactory Factory = MultistoreFactory.Shared;

    [Theory]
    [InlineData("nordic-se", "", "categories/stickat")]
    [InlineData("outlet-us", "", "categories/tops")]
    public async Task EveryProductOnTheListsAndItsPageShowsASvgPicture(string recipe, string culture, string category)
    {
        var store = await Factory.CreateTenantAsync(recipe);
        var client = store.CreateClient();

        var home = await HtmlPage.GetAsync(client, culture);
        var listing = await HtmlPage.GetAsync(client, category);
        var cards = home.All(".grid .card");
        var product = await HtmlPage.GetAsync(client, cards[0].QuerySelector("a")!.GetAttribute("href")!.TrimStart('/'));

        Assert.NotEmpty(cards);
        Assert.All(cards, card => Assert.NotNull(card.QuerySelector("img.card-image[src]")));
        Assert.NotEmpty(listing.All(".card img.card-image[src]"));
        foreach (var src in cards.Select(c => c.QuerySelector("img.card-image")!.GetAttribute("src")!)
                     .Concat(listing.All(".card img.card-image").Select(i => i.GetAttribute("src")!))
                     .Append(product.Attribute(".product-photos img", "src")!))
        {
            var image = await client.GetAsync(src.TrimStart('/'));
            Assert.Equal(HttpStatusCode.OK, image.StatusCode);
            Assert.Equal("image/svg+xml", image.Content.Headers.ContentType!.MediaType);
        }
    }

    [Fact]
    public async Task FrenchShopperOnTheGermanStoreReadsTheCatalogInFrench()
    {
        var store = await Factory.CreateTenantAsync("nordic-de");
        var client = store.CreateClient();

        var home = await HtmlPage.GetAsync(client, "fr-fr/");
        var beanie = await HtmlPage.GetAsync(client, "fr-fr/products/bonnet");

        Assert.Contains("Bonnet", home.Texts(".card-title"));
        Assert.Contains("Pull en laine", home.Texts(".card-title"));
        Assert.DoesNotContain("Mütze", home.Texts(".card-title"));
        Assert.Equal("Bonnet", beanie.Heading());
        Assert.Contains("Noir", beanie.Text("form.buy"), StringComparison.Ordinal);
        Assert.DoesNotContain("Schwarz", beanie.Text("form.buy"), StringComparison.Ordinal);
        Assert.Equal("Bonnet, noir", beanie.Attribute(".product-photos img", "alt"));
    }

    [Fact]
    public async Task EnglishShopperOnTheSwedishStoreReadsColoursInEnglish()
    {
        var store = await Factory.CreateTenantAsync("nordic-se");

        var sweater = await HtmlPage.GetAsync(store.CreateClient(), "en-us/products/wool-sweater");

        Assert.Equal("Wool Sweater", sweater.Heading());
        Assert.Contains("Grey", sweater.Text("form.buy"), StringComparison.Ordinal);
        Assert.DoesNotContain("Grå", sweater.Text("form.buy"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ArabicShopperOnTheOutletReadsTheCatalogInArabic()
    {
        var store = await Factory.CreateTenantAsync("outlet-us");

        var home = await HtmlPage.GetAsync(store.CreateClient(), "ar-sa/");

        Assert.Contains("هودي فليس", home.Texts(".card-title"));
        Assert.DoesNotContain("Fleece Hoodie", home.Texts(".card-title"));
    }

    [Theory]
    [InlineData("store", "Storefront")]
    [InlineData("nordic-se", "Nordic")]
    [InlineData("outlet-us", "Outlet")]
    [InlineData("nordic-kiosk", "Kiosk")]
    public async Task EveryThemeLinksItsIconAndFaviconIcoAnswers(string recipe, string theme)
    {
        var store = await Factory.CreateTenantAsync(recipe);
        var client = store.CreateClient();

        var home = await HtmlPage.GetAsync(client, "");
        var href = home.Attribute("link[rel=icon]", "href")!;
        var linked = await client.GetAsync(href.TrimStart('/'));
        var ico = await client.GetAsync("favicon.ico");

        Assert.Equal($"/themes/{theme}/favicon.svg", href);
        Assert.Equal(HttpStatusCode.OK, linked.StatusCode);
        Assert.Equal("image/svg+xml", linked.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.OK, ico.StatusCode);
        Assert.Equal("image/svg+xml", ico.Content.Headers.ContentType!.MediaType);
        Assert.Equal(await linked.Content.ReadAsStringAsync(), await ico.Content.ReadAsStringAsync());
    }
}

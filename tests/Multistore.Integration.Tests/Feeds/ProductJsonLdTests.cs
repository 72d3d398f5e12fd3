using System.Text.Json;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.Feeds;

public sealed class ProductJsonLdTests
{
    [Fact]
    public async Task ProductPageDescribesTheProductAndAnOfferPerVariant()
    {
        var store = await FeedStore.CreateAsync();

        using var product = await JsonLdAsync(store.CreateClient(), "products/wanderstiefel");

        var root = product.RootElement;
        Assert.Equal("https://schema.org", root.GetProperty("@context").GetString());
        Assert.Equal("Product", root.GetProperty("@type").GetString());
        Assert.Equal("Wanderstiefel", root.GetProperty("name").GetString());
        Assert.Equal("BOOT", root.GetProperty("sku").GetString());
        Assert.Equal("Robuste Stiefel aus Leder &amp; Gummi.", root.GetProperty("description").GetString());
        Assert.Equal("Bergladen", root.GetProperty("brand").GetProperty("name").GetString());
        Assert.Equal("/products/wanderstiefel", root.GetProperty("url").GetString());
        var offers = root.GetProperty("offers").EnumerateArray().ToList();
        Assert.Equal(["BOOT-42", "BOOT-43"], offers.Select(o => o.GetProperty("sku").GetString()));
        Assert.Equal(199.5m, offers[1].GetProperty("price").GetDecimal());
        Assert.All(offers, o => Assert.Equal("EUR", o.GetProperty("priceCurrency").GetString()));
        Assert.Equal(["https://schema.org/InStock", "https://schema.org/LimitedAvailability"], offers.Select(o => o.GetProperty("availability").GetString()));
    }

    [Fact]
    public async Task SoldOutVariantsOfferIsOutOfStock()
    {
        var store = await MultistoreFactory.Shared.CreateTenantAsync("nordic-de");

        var availability = await AvailabilityAsync(store, "products/wanderstiefel");

        Assert.Equal("https://schema.org/OutOfStock", availability["NOR-BOOTS-44"]);
        Assert.Equal("https://schema.org/InStock", availability["NOR-BOOTS-42"]);
        Assert.Equal(7, availability.Count);
    }

    [Fact]
    public async Task TheDemoStoresBootsSellOnBackorderInTheSizeItHasNoneOf()
    {
        var store = await MultistoreFactory.Shared.CreateTenantAsync("nordic-se");

        var availability = await AvailabilityAsync(store, "products/vandringskangor");

        Assert.Equal("https://schema.org/BackOrder", availability["NOR-BOOTS-45"]);
        Assert.Equal("https://schema.org/InStock", availability["NOR-BOOTS-42"]);
    }

    [Fact]
    public async Task UntrackedProductWithoutVariantsIsInStock()
    {
        var store = await FeedStore.CreateAsync();

        using var untracked = await JsonLdAsync(store.CreateClient(), "products/muetze");

        Assert.Equal("https://schema.org/InStock", untracked.RootElement.GetProperty("offers").GetProperty("availability").GetString());
    }

    [Fact]
    public async Task ProductWithoutVariantsHasOneOfferAndItsImages()
    {
        var store = await FeedStore.CreateAsync();

        using var cap = await JsonLdAsync(store.CreateClient(), "products/muetze");

        var offer = cap.RootElement.GetProperty("offers");
        Assert.Equal("Offer", offer.GetProperty("@type").GetString());
        Assert.Equal(25m, offer.GetProperty("price").GetDecimal());
        Assert.StartsWith("/media/products/", Assert.Single(cap.RootElement.GetProperty("image").EnumerateArray()).GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NameWithAClosingScriptTagStaysInsideTheJson()
    {
        var store = await FeedStore.CreateAsync();

        var page = await HtmlPage.GetAsync(store.CreateClient(), "products/hostile");
        using var json = JsonDocument.Parse(Assert.Single(page.All("script[type='application/ld+json']")).TextContent);

        Assert.Equal(FeedStore.HostileName, json.RootElement.GetProperty("name").GetString());
        Assert.DoesNotContain(page.All("script"), script => script.TextContent.Trim() == "alert(1)");
    }

    [Fact]
    public async Task KioskThemeInheritsTheBlock()
    {
        var store = await FeedStore.CreateAsync(theme: "Kiosk");

        var page = await HtmlPage.GetAsync(store.CreateClient(), "products/wanderstiefel");
        using var json = JsonDocument.Parse(Assert.Single(page.All("script[type='application/ld+json']")).TextContent);

        Assert.True(page.Has("article.kiosk-product"), "The kiosk theme renders the page.");
        Assert.Equal("Wanderstiefel", json.RootElement.GetProperty("name").GetString());
        Assert.Equal(2, json.RootElement.GetProperty("offers").GetArrayLength());
    }

    private static async Task<JsonDocument> JsonLdAsync(HttpClient client, string path)
    {
        var page = await HtmlPage.GetAsync(client, path);
        return JsonDocument.Parse(Assert.Single(page.All("script[type='application/ld+json']")).TextContent);
    }

    /// <summary>Each offer's schema.org availability on a product page, by SKU.</summary>
    private static async Task<Dictionary<string, string?>> AvailabilityAsync(TestTenant store, string path)
    {
        using var product = await JsonLdAsync(store.CreateClient(), path);
        return product.RootElement.GetProperty("offers").EnumerateArray()
            .ToDictionary(o => o.GetProperty("sku").GetString()!, o => o.GetProperty("availability").GetString());
    }
}

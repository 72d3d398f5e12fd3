using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using Multistore.Integration.Tests.Catalog;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.Feeds;

public sealed partial class GoogleFeedTests
{
    [Fact]
    public async Task EveryItemCarriesGooglesRequiredAttributes()
    {
        var store = await FeedStore.CreateAsync();

        var response = await store.CreateClient().GetAsync("feeds/google.xml");
        var feed = await GoogleFeed.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("2.0", feed.Document.Root!.Attribute("version")?.Value);
        Assert.Equal(["BOOT-42", "BOOT-43", "CAP", "HOSTILE", "PARKA"], feed.Ids.Order(StringComparer.Ordinal));
        foreach (var item in feed.Items)
        {
            var id = GoogleFeed.Value(item, "id");
            foreach (var required in new[] { "title", "description", "link", "availability", "price", "brand", "condition" })
            {
                Assert.False(string.IsNullOrWhiteSpace(GoogleFeed.Value(item, required)), $"{id} has no g:{required}.");
            }

            Assert.Matches(Price(), GoogleFeed.Value(item, "price")!);
            Assert.Contains(GoogleFeed.Value(item, "availability"), new[] { "in_stock", "out_of_stock" });
            Assert.True(GoogleFeed.Value(item, "gtin") is not null || GoogleFeed.Value(item, "mpn") is not null || GoogleFeed.Value(item, "identifier_exists") == "no",
                $"{id} has neither an identifier nor identifier_exists=no.");
            Assert.StartsWith($"http://{store.Host}/products/", GoogleFeed.Value(item, "link"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ListsOneItemPerVariantWithItsGroupStockSalePriceAndShipping()
    {
        var store = await FeedStore.CreateAsync();

        var feed = await GoogleFeed.ParseAsync(await store.CreateClient().GetAsync("feeds/google.xml"));

        var boot42 = feed.Item("BOOT-42");
        var boot43 = feed.Item("BOOT-43");
        Assert.Equal("BOOT", GoogleFeed.Value(boot42, "item_group_id"));
        Assert.Equal("BOOT", GoogleFeed.Value(boot43, "item_group_id"));
        Assert.Equal("Wanderstiefel – 42", GoogleFeed.Value(boot42, "title"));
        Assert.Equal("Robuste Stiefel aus Leder & Gummi.", GoogleFeed.Value(boot42, "description"));
        Assert.Equal("in_stock", GoogleFeed.Value(boot42, "availability"));
        Assert.Equal("in_stock", GoogleFeed.Value(boot43, "availability"));
        Assert.Equal("199.50 EUR", GoogleFeed.Value(boot43, "price"));
        Assert.Equal($"http://{store.Host}/products/wanderstiefel", GoogleFeed.Value(boot42, "link"));

        var parka = feed.Item("PARKA");
        Assert.Equal("399.00 EUR", GoogleFeed.Value(parka, "price"));
        Assert.Equal("349.00 EUR", GoogleFeed.Value(parka, "sale_price"));
        Assert.Null(GoogleFeed.Value(parka, "item_group_id"));
        Assert.Equal("no", GoogleFeed.Value(parka, "identifier_exists"));
        Assert.Equal("Bergladen", GoogleFeed.Value(parka, "brand"));

        var cap = feed.Item("CAP");
        Assert.Equal("Nordkap", GoogleFeed.Value(cap, "brand"));
        Assert.Equal("4006381333931", GoogleFeed.Value(cap, "gtin"));
        Assert.Null(GoogleFeed.Value(cap, "identifier_exists"));
        Assert.StartsWith($"http://{store.Host}/media/products/", GoogleFeed.Value(cap, "image_link"), StringComparison.Ordinal);
        var photo = await store.CreateClient().GetAsync(GoogleFeed.Value(cap, "image_link"));
        Assert.Equal(HttpStatusCode.OK, photo.StatusCode);

        var shipping = Assert.Single(boot42.Elements(GoogleFeed.G + "shipping"));
        Assert.Equal("DE", GoogleFeed.Value(shipping, "country"));
        Assert.Equal("DHL Paket", GoogleFeed.Value(shipping, "service"));
        Assert.Equal("4.90 EUR", GoogleFeed.Value(shipping, "price"));
    }

    [Fact]
    public async Task CultureQueryGivesTheStoresOtherCulture()
    {
        var store = await FeedStore.CreateAsync();

        var feed = await GoogleFeed.ParseAsync(await store.CreateClient().GetAsync("feeds/google.xml?culture=en-US"));
        var segment = await GoogleFeed.ParseAsync(await store.CreateClient().GetAsync("en-us/feeds/google.xml"));

        var boot = feed.Item("BOOT-42");
        Assert.Equal("Hiking Boots – 42", GoogleFeed.Value(boot, "title"));
        Assert.Equal($"http://{store.Host}/en-us/products/hiking-boots", GoogleFeed.Value(boot, "link"));
        Assert.Equal("Winterparka, warm", GoogleFeed.Value(feed.Item("PARKA"), "title"));
        Assert.Equal("Hiking Boots – 42", GoogleFeed.Value(segment.Item("BOOT-42"), "title"));
    }

    [Fact]
    public async Task UnknownCultureIsANotFoundProblemThatNamesIt()
    {
        var store = await FeedStore.CreateAsync();

        var response = await store.CreateClient().GetAsync("feeds/google.xml?culture=ja-JP");
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("'ja-JP'", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await store.CreateClient().GetAsync("feeds/products.csv?culture=xx-YY")).StatusCode);
    }

    [Fact]
    public async Task AnswersNotModifiedToItsETagUntilStockChangesAndThenSaysSoldOut()
    {
        var store = await FeedStore.CreateAsync();
        var client = store.CreateClient();

        var first = await client.GetAsync("feeds/google.xml");
        var etag = first.Headers.ETag!;
        var again = await SendAsync(client, "feeds/google.xml", etag);
        var otherCulture = await SendAsync(client, "feeds/google.xml?culture=en-US", etag);
        var editor = await CatalogEditorSession.SignInAsync(store);
        var adjusted = await editor.PostAsync("admin/inventory/BOOT-43", "admin/inventory/BOOT-43/adjust",
            new() { ["Location"] = "main", ["Change"] = "-1", ["Reason"] = "Adjusted", ["Note"] = "Count" });
        var afterStock = await SendAsync(client, "feeds/google.xml", etag);

        Assert.NotNull(first.Content.Headers.LastModified);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Equal(etag, again.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, otherCulture.StatusCode);
        Assert.Equal(HttpStatusCode.OK, adjusted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterStock.StatusCode);
        Assert.NotEqual(etag, afterStock.Headers.ETag);
        Assert.Equal("out_of_stock", GoogleFeed.Value((await GoogleFeed.ParseAsync(afterStock)).Item("BOOT-43"), "availability"));
    }

    [Fact]
    public async Task OneStoresFeedNeverListsAnotherStoresProducts()
    {
        var mine = await FeedStore.CreateAsync("MINE-");
        var theirs = await FeedStore.CreateAsync("THEIRS-");

        var feed = await GoogleFeed.ParseAsync(await mine.CreateClient().GetAsync("feeds/google.xml"));
        var csv = await mine.CreateClient().GetStringAsync("feeds/products.csv");
        var sitemap = await mine.CreateClient().GetStringAsync("sitemap.xml");

        Assert.All(feed.Ids, id => Assert.StartsWith("MINE-", id, StringComparison.Ordinal));
        Assert.DoesNotContain("THEIRS-", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(theirs.Host, sitemap, StringComparison.Ordinal);
        Assert.All(feed.Items, item => Assert.StartsWith($"http://{mine.Host}/", GoogleFeed.Value(item, "link"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task StoreWithoutTheFeatureAnswersNotFound()
    {
        var store = await FeedStore.CreateAsync(marketplace: false);
        var client = store.CreateClient();

        foreach (var path in new[] { "feeds/google.xml", "feeds/products.csv", "sitemap.xml", "robots.txt" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(path)).StatusCode);
        }
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string path, EntityTagHeaderValue etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.IfNoneMatch.Add(etag);
        return client.SendAsync(request);
    }

    [GeneratedRegex(@"^\d+\.\d{2} EUR$")]
    private static partial Regex Price();
}

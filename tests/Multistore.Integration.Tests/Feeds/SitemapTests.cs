using System.Net;
using System.Xml.Linq;

namespace Multistore.Integration.Tests.Feeds;

public sealed class SitemapTests
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    [Fact]
    public async Task ListsHomeCategoriesAndProductsInEveryCultureWithTheirAlternates()
    {
        var store = await FeedStore.CreateAsync();

        var response = await store.CreateClient().GetAsync("sitemap.xml");
        var urls = await UrlsAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var home = $"http://{store.Host}";
        Assert.Contains(home + "/", urls.Keys);
        Assert.Contains(home + "/en-us", urls.Keys);
        Assert.Contains(home + "/categories/schuhe", urls.Keys);
        Assert.Contains(home + "/en-us/categories/footwear", urls.Keys);
        Assert.DoesNotContain(urls.Keys, url => url.Contains("entwurf", StringComparison.Ordinal));
        var boot = urls[home + "/products/wanderstiefel"];
        Assert.Equal(home + "/products/wanderstiefel", boot["de-DE"]);
        Assert.Equal(home + "/en-us/products/hiking-boots", boot["en-US"]);
        Assert.Equal(home + "/products/wanderstiefel", boot["x-default"]);
        Assert.Equal(boot, urls[home + "/en-us/products/hiking-boots"]);
        Assert.Equal(home + "/en-us/products/winterparka", urls[home + "/products/winterparka"]["en-US"]);
        foreach (var url in new[] { "/products/wanderstiefel", "/en-us/products/hiking-boots", "/en-us/categories/footwear" })
        {
            Assert.Equal(HttpStatusCode.OK, (await store.CreateClient().GetAsync(home + url)).StatusCode);
        }
    }

    [Fact]
    public async Task UrlPrefixStoreListsItsPagesUnderItsPrefix()
    {
        var prefix = "p" + Guid.NewGuid().ToString("N")[..8];
        var store = await FeedStore.CreateAsync(prefix: prefix);

        var urls = await UrlsAsync(await store.CreateClient().GetAsync("sitemap.xml"));

        Assert.All(urls.Keys, url => Assert.StartsWith($"http://localhost/{prefix}/", url + "/", StringComparison.Ordinal));
        Assert.Equal($"http://localhost/{prefix}/en-us/products/hiking-boots", urls[$"http://localhost/{prefix}/products/wanderstiefel"]["en-US"]);
        Assert.Equal(HttpStatusCode.OK, (await store.CreateClient().GetAsync($"http://localhost/{prefix}/en-us/products/hiking-boots")).StatusCode);
    }

    /// <summary>Each <c>loc</c> with its alternates by hreflang.</summary>
    private static async Task<Dictionary<string, Dictionary<string, string>>> UrlsAsync(HttpResponseMessage response)
    {
        var document = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(Sitemap + "urlset", document.Root!.Name);
        return document.Root.Elements(Sitemap + "url").ToDictionary(
            url => url.Element(Sitemap + "loc")!.Value,
            url => url.Elements(Xhtml + "link").Where(l => l.Attribute("rel")?.Value == "alternate")
                .ToDictionary(l => l.Attribute("hreflang")!.Value, l => l.Attribute("href")!.Value));
    }
}

using System.Net;

namespace Multistore.Integration.Tests.Feeds;

public sealed class RobotsTests
{
    [Fact]
    public async Task NamesTheSitemapAndKeepsCrawlersOutOfAdminCartAndCheckout()
    {
        var store = await FeedStore.CreateAsync();

        var response = await store.CreateClient().GetAsync("robots.txt");
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("User-agent: *", lines[0]);
        Assert.Contains($"Sitemap: http://{store.Host}/sitemap.xml", lines);
        Assert.Contains("Disallow: /admin", lines);
        Assert.Contains("Disallow: /cart", lines);
        Assert.Contains("Disallow: /checkout", lines);
        Assert.Contains("Disallow: /en-us/checkout", lines);
        Assert.DoesNotContain(lines, line => line.StartsWith("Disallow: /products", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UrlPrefixStoreNamesItsOwnPrefix()
    {
        var prefix = "p" + Guid.NewGuid().ToString("N")[..8];
        var store = await FeedStore.CreateAsync(prefix: prefix);

        var lines = (await store.CreateClient().GetStringAsync("robots.txt")).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Contains($"Sitemap: http://localhost/{prefix}/sitemap.xml", lines);
        Assert.Contains($"Disallow: /{prefix}/checkout", lines);
        Assert.DoesNotContain("Disallow: /checkout", lines);
    }
}

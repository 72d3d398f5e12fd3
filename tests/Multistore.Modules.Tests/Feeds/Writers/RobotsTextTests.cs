using Multistore.Feeds.Services;
using Multistore.Feeds.Writers;

namespace Multistore.Modules.Tests.Feeds.Writers;

public sealed class RobotsTextTests
{
    [Fact]
    public void KeepsCrawlersOutOfPrivatePagesInEveryCultureAndNamesTheSitemap()
    {
        var scope = new FeedScope("sv-SE", "sv-SE", ["sv-SE", "en-US"], "SEK", "Nordic", "https://shops.example", "/nordic");

        var lines = RobotsText.For(scope).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("User-agent: *", lines[0]);
        Assert.Contains("Disallow: /nordic/admin", lines);
        Assert.Contains("Disallow: /nordic/en-us/cart", lines);
        Assert.Equal("Sitemap: https://shops.example/nordic/sitemap.xml", lines[^1]);
    }
}

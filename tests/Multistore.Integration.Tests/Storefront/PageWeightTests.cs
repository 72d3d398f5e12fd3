using System.Net;
using Multistore.Integration.Tests.Fixtures;
using Xunit.Abstractions;

namespace Multistore.Integration.Tests.Storefront;

/// <summary>
/// Each main page of each theme weighs under 100 KB before images: its HTML plus every stylesheet and script it links,
/// as a first visit downloads them (uncompressed). Pages are found as a shopper finds them, from the home page.
/// </summary>
public sealed class PageWeightTests(ITestOutputHelper output)
{
    private const int Budget = 100 * 1024;

    [Theory]
    [InlineData("nordic-de")]
    [InlineData("outlet-us")]
    [InlineData("nordic-kiosk")]
    public async Task MainPagesStayUnder100KilobytesBeforeImages(string recipe)
    {
        var store = await MultistoreFactory.Shared.CreateTenantAsync(recipe);
        var client = store.CreateClient();
        var home = await HtmlPage.GetAsync(client, "");
        var product = home.Links().FirstOrDefault(href => href.Contains("/products/", StringComparison.Ordinal));
        var title = home.Find("h3.card-title") is { } card ? HtmlPage.Visible(card) : null;
        Assert.True(product is not null && title is not null, "The home page shows product cards.");
        var pages = new Dictionary<string, string>
        {
            ["home"] = "",
            ["product"] = product,
            ["search"] = "search?q=" + Uri.EscapeDataString(title.Split(' ')[0]),
            ["cart"] = "cart",
        };
        if (home.Links().FirstOrDefault(href => href.Contains("/categories/", StringComparison.Ordinal)) is { } category)
        {
            pages["category"] = category;
        }
        else
        {
            Assert.Equal("nordic-kiosk", recipe);
        }

        foreach (var (name, path) in pages)
        {
            var (total, parts) = await WeighAsync(client, path);
            output.WriteLine($"{recipe} {name,-8} {total,7:N0} bytes ({parts})");
            Assert.True(total < Budget, $"{recipe} {name} page weighs {total:N0} bytes ({parts}), over {Budget:N0}.");
        }
    }

    private static async Task<(long Total, string Parts)> WeighAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsByteArrayAsync();
        var parts = new List<string> { $"html {html.Length:N0}" };
        long total = html.Length;
        var page = HtmlPage.Parse(System.Text.Encoding.UTF8.GetString(html));
        foreach (var url in page.All("link[rel=stylesheet][href]").Select(l => l.GetAttribute("href")!).Concat(page.All("script[src]").Select(s => s.GetAttribute("src")!)))
        {
            var bytes = await client.GetByteArrayAsync(url);
            total += bytes.Length;
            parts.Add($"{url.Split('?')[0].Split('/')[^1]} {bytes.Length:N0}");
        }

        return (total, string.Join(", ", parts));
    }
}

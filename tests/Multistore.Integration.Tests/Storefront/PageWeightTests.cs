using System.Net;
using System.Text.RegularExpressions;
using Multistore.Integration.Tests.Fixtures;
using Xunit.Abstractions;

namespace Multistore.Integration.Tests.Storefront;

/// <summary>
/// Each main page of each theme weighs under 100 KB before images: its HTML plus every stylesheet and script it links,
/// as a first visit downloads them (uncompressed). Pages are found as a shopper finds them, from the home page.
/// </summary>
public sealed partial class PageWeightTests(ITestOutputHelper output)
{
    private const int Budget = 100 * 1024;

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"([^\"]+)\"|<script src=\"([^\"]+)\"")]
    private static partial Regex LinkedAsset();

    [GeneratedRegex("""<a href="([^"]*/categories/[^"]+)">""")]
    private static partial Regex CategoryLink();

    [GeneratedRegex("""<a href="([^"]*/products/[^"]+)">""")]
    private static partial Regex ProductLink();

    [GeneratedRegex("""<h3 class="card-title">([^<]+)</h3>""")]
    private static partial Regex CardTitle();

    [Theory]
    [InlineData("nordic-de")]
    [InlineData("outlet-us")]
    [InlineData("nordic-kiosk")]
    public async Task MainPagesStayUnder100KilobytesBeforeImages(string recipe)
    {
        var store = await MultistoreFactory.Shared.CreateTenantAsync(recipe);
        var client = store.CreateClient();
        var home = await client.GetStringAsync("");
        var product = ProductLink().Match(home);
        var title = CardTitle().Match(home);
        Assert.True(product.Success && title.Success, "The home page shows product cards.");
        var pages = new Dictionary<string, string>
        {
            ["home"] = "",
            ["product"] = WebUtility.HtmlDecode(product.Groups[1].Value),
            ["search"] = "search?q=" + Uri.EscapeDataString(WebUtility.HtmlDecode(title.Groups[1].Value).Split(' ')[0]),
            ["cart"] = "cart",
        };
        if (CategoryLink().Match(home) is { Success: true } category)
        {
            pages["category"] = WebUtility.HtmlDecode(category.Groups[1].Value);
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
        foreach (Match asset in LinkedAsset().Matches(System.Text.Encoding.UTF8.GetString(html)))
        {
            var url = WebUtility.HtmlDecode(asset.Groups[1].Success ? asset.Groups[1].Value : asset.Groups[2].Value);
            var bytes = await client.GetByteArrayAsync(url);
            total += bytes.Length;
            parts.Add($"{url.Split('?')[0].Split('/')[^1]} {bytes.Length:N0}");
        }

        return (total, string.Join(", ", parts));
    }
}

using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Multistore.Browser.Tests;

/// <summary>The admin's feed check on a demo store: its products have no photos yet, so Google would reject each of them.</summary>
[Collection(BrowserTests.Name)]
public sealed class FeedCheckAdminTests(BrowserFixture browser)
{
    [Fact]
    public async Task AnEditorSeesWhatAMarketplaceWouldRejectAndWhy()
    {
        // The editor reads the admin in English (the store's own language would make it German).
        var page = await browser.NewPageAsync(acceptLanguage: "en-US,en;q=0.9");
        await page.GotoAsync(browser.Host.Store("nordic-de", "/admin/login"));
        await page.FillAsync("#Email", "admin@example.com");
        await page.FillAsync("#Password", "Demo!Admin2026");
        await page.ClickAsync("form button[type=submit]");
        await page.ArrivesAtAsync(new Regex("/admin/?$"));

        await page.ClickAsync("nav >> text=Feed check");
        await page.ArrivesAtAsync(new Regex("/admin/feeds/check$"));
        var boots = page.Locator("#feed-problems tr[data-sku='NOR-BOOTS-44']");
        // The demo's pictures are SVG drawings, which Google cannot read.
        await Assertions.Expect(boots).ToContainTextAsync("The main image is an SVG drawing: Google reads only JPEG, PNG, GIF, WebP, BMP or TIFF and rejects the item.");
        await Assertions.Expect(boots.Locator("td").Nth(2)).ToHaveTextAsync("Rejected");
        await Assertions.Expect(page.Locator("#feed-problem-counts")).ToContainTextAsync("Image format");
        await BrowserFixture.ScreenshotAsync(page, "admin-feed-check");

        await page.ClickAsync("#feed-cultures >> text=fr-FR");
        await Assertions.Expect(page.Locator("#feed-summary")).ToContainTextAsync("in fr-FR");
        await Assertions.Expect(boots).ToContainTextAsync("SVG");
        await BrowserFixture.ScreenshotAsync(page, "admin-feed-check-fr-FR");

        await page.ClickAsync("#feed-problems tr[data-sku='NOR-BOOTS-44'] a");
        await page.ArrivesAtAsync(new Regex("/admin/catalog/products/[0-9a-f-]{36}$"));
        Assert.Equal("NOR-BOOTS", await page.InputValueAsync("#sku"));
    }
}

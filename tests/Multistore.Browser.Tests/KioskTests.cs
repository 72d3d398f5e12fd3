using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Multistore.Browser.Tests;

[Collection(BrowserTests.Name)]
public sealed class KioskTests(BrowserFixture browser)
{
    [Fact]
    public async Task GoesBackToTheHomeScreenAfterTheIdleTime()
    {
        var page = await browser.NewPageAsync(width: 1080);
        // The page's clock is Playwright's, paused: the idle timer moves only when the test says, however slow the machine.
        var start = new DateTime(2026, 1, 5, 9, 0, 0, DateTimeKind.Utc);
        await page.Clock.InstallAsync(new ClockInstallOptions { TimeDate = start });
        await page.Clock.PauseAtAsync(start.AddSeconds(1));
        await page.GotoAsync(browser.Host.Store("nordic-kiosk"));
        await BrowserFixture.ScreenshotAsync(page, "kiosk-home");
        await page.ClickAsync(".card a >> nth=0");
        await page.ArrivesAtAsync(new Regex("/products/"));
        await BrowserFixture.ScreenshotAsync(page, "kiosk-product");
        Assert.Contains("Drottninggatan", await page.InnerTextAsync(".pickup"), StringComparison.Ordinal);

        await page.Clock.RunForAsync((StorefrontHost.KioskIdleSeconds - 1) * 1000);
        Assert.Contains("/products/", page.Url, StringComparison.Ordinal);

        await page.Clock.RunForAsync(2 * 1000);
        await page.ArrivesAtAsync(browser.Host.Store("nordic-kiosk"));
    }

    [Fact]
    public async Task OnScreenKeyboardFiltersTheProducts()
    {
        var page = await browser.NewPageAsync(acceptLanguage: "sv-SE", width: 1080);
        await page.GotoAsync(browser.Host.Store("nordic-kiosk"));
        var all = await page.Locator(".grid > li:visible").CountAsync();

        foreach (var key in "ull")
        {
            await page.ClickAsync($".keyboard button[data-key='{key}']");
        }

        Assert.Equal("ull", await page.InputValueAsync("#kiosk-q"));
        var shown = await page.Locator(".grid > li:visible").CountAsync();
        Assert.InRange(shown, 1, all - 1);
        var box = await page.Locator(".keyboard button >> nth=0").BoundingBoxAsync();
        Assert.True(box!.Width >= 48 && box.Height >= 48, "Keys are large touch targets.");
    }
}

using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Multistore.Browser.Tests;

[Collection(BrowserTests.Name)]
public sealed partial class AppearanceAdminTests(BrowserFixture browser)
{
    [Fact]
    public async Task ThemeSettingShowsInThePreviewBeforeItIsSaved()
    {
        var page = await SignedInAsync("nordic-se");
        await page.GotoAsync(browser.Host.Store("nordic-se", "/admin/appearance/theme"));
        var preview = page.FrameLocator("#theme-preview");
        await Assertions.Expect(preview.Locator(".site-header")).ToBeVisibleAsync();

        await page.FillAsync("#settings\\.tagline", "Preview only tagline");
        await page.Locator("#settings\\.primaryColor").EvaluateAsync("(el) => { el.value = '#aa0000'; el.dispatchEvent(new Event('input', { bubbles: true })); }");
        await Assertions.Expect(preview.Locator(".tagline")).ToHaveTextAsync("Preview only tagline");
        Assert.Equal("#aa0000", await PreviewColorAsync(preview, "#aa0000"));
        await BrowserFixture.ScreenshotAsync(page, "admin-theme-preview");

        // Not saved: the store itself still shows its own tagline.
        var store = await browser.NewPageAsync();
        await store.GotoAsync(browser.Host.Store("nordic-se"));
        Assert.DoesNotContain("Preview only tagline", await store.InnerTextAsync(".site-header"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TemplateOverrideAppearsAndABrokenOneIsRefused()
    {
        var page = await SignedInAsync("nordic-de");
        await page.GotoAsync(browser.Host.Store("nordic-de", "/admin/appearance/templates/footer"));
        var original = await page.InputValueAsync("#Source");

        await page.FillAsync("#Source", "<footer class=\"site-footer\">{% if true %}unclosed</footer>");
        await page.ClickAsync("form.stacked button[type=submit]");
        var error = await page.InnerTextAsync("#Source-error");
        Assert.Matches(LineAndColumn(), error);
        await BrowserFixture.ScreenshotAsync(page, "admin-template-refused");

        await page.FillAsync("#Source", original.Replace("</footer>", "<p class=\"override-mark\">Overridden footer</p></footer>", StringComparison.Ordinal));
        await page.ClickAsync("form.stacked button[type=submit]");
        await Assertions.Expect(page.Locator(".notice")).ToContainTextAsync("saved");
        await BrowserFixture.ScreenshotAsync(page, "admin-template-saved");

        var store = await browser.NewPageAsync();
        await store.GotoAsync(browser.Host.Store("nordic-de"));
        Assert.Equal("Overridden footer", await store.InnerTextAsync(".override-mark"));
        await BrowserFixture.ScreenshotAsync(store, "nordic-de-footer-override");

        await page.ClickAsync("text=Reset to the theme's version");
        await Assertions.Expect(page.Locator(".notice")).ToContainTextAsync("reset");
        await store.GotoAsync(browser.Host.Store("nordic-de"));
        Assert.Equal(0, await store.Locator(".override-mark").CountAsync());
    }

    /// <summary>
    /// The preview reloads a moment after each change, so a read can land while the frame navigates; read again until the
    /// expected colour shows or five seconds have passed, and return what was read last.
    /// </summary>
    private static async Task<string> PreviewColorAsync(IFrameLocator preview, string expected)
    {
        var color = "";
        for (var attempt = 0; attempt < 25 && color != expected; attempt++)
        {
            try
            {
                color = await preview.Locator(".site-header").EvaluateAsync<string>("(el) => getComputedStyle(document.documentElement).getPropertyValue('--primary').trim()");
            }
            catch (PlaywrightException) when (attempt < 24)
            {
                // The frame navigated while it was read.
            }

            if (color != expected)
            {
                await Task.Delay(200);
            }
        }

        return color;
    }

    private async Task<IPage> SignedInAsync(string store)
    {
        // The editor reads the admin in English (the store's own language would make it German).
        var page = await browser.NewPageAsync(acceptLanguage: "en-US,en;q=0.9");
        await page.GotoAsync(browser.Host.Store(store, "/admin/login"));
        await page.FillAsync("#Email", "admin@example.com");
        await page.FillAsync("#Password", "Demo!Admin2026");
        await page.ClickAsync("form button[type=submit]");
        await page.ArrivesAtAsync(new Regex("/admin/?$"));
        return page;
    }

    [GeneratedRegex(@"\d+:\d+|line \d+.*column \d+", RegexOptions.IgnoreCase)]
    private static partial Regex LineAndColumn();
}

using Deque.AxeCore.Playwright;

namespace Multistore.Browser.Tests;

[Collection(BrowserTests.Name)]
public sealed class AccessibilityTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("nordic-se", "/", "home")]
    [InlineData("nordic-se", "/products/ulltroja", "product")]
    [InlineData("outlet-us", "/", "home")]
    [InlineData("outlet-us", "/ar-sa/", "home-ar")]
    [InlineData("nordic-kiosk", "/", "home")]
    [InlineData("nordic-de", "/cart", "cart")]
    public async Task FindsNoSeriousViolations(string store, string path, string name)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.Host.Store(store, path));
        await BrowserFixture.ScreenshotAsync(page, $"axe-{store}-{name}");

        var results = await page.RunAxe();

        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))}")
            .ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious));
    }
}

using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Multistore.Browser.Tests;

/// <summary>The operator's journey on the SaaS host: sign in, create a store from a recipe, open its site and its admin.</summary>
[Collection(BrowserTests.Name)]
public sealed partial class HostAdminTests(BrowserFixture browser)
{
    [Fact]
    public async Task HostAdministratorCreatesAStoreWhoseSiteAndAdminOpenAtOnce()
    {
        var name = $"brand-{Guid.NewGuid():N}"[..14];
        var hostAdmin = $"http://localhost:{browser.Host.Port}/admin";
        var page = await browser.NewPageAsync();
        await SignInAsync(page, hostAdmin, "admin@example.com", "Demo!Admin2026");

        await page.GotoAsync($"{hostAdmin}/tenants/new");
        await page.FillAsync("#Name", name);
        await page.FillAsync("#Hosts", $"{name}.localhost");
        await page.SelectOptionAsync("#Recipe", "store");
        await page.FillAsync("#Parameters", "SiteName=Brand New Finland\nCulture=fi-FI\nCurrency=EUR\nAdminEmail=owner@brand.test\nAdminPassword=Brand!New2026");
        await BrowserFixture.ScreenshotAsync(page, "host-admin-create-store");
        await page.ClickAsync("button[type=submit].primary");

        await page.ArrivesAtAsync(new Regex("/admin/tenants\\?search="), timeout: 60_000);
        await Assertions.Expect(page.Locator(".notice")).ToContainTextAsync($"Store '{name}' created and set up.");
        await Assertions.Expect(page.Locator("table")).ToContainTextAsync($"{name}.localhost");
        await BrowserFixture.ScreenshotAsync(page, "host-admin-store-created");

        var site = await browser.NewPageAsync();
        var response = await site.GotoAsync(browser.Host.Store(name));
        Assert.Equal(200, response?.Status);
        Assert.Equal("fi-FI", await site.GetAttributeAsync("html", "lang"));
        await Assertions.Expect(site.Locator(".site-header")).ToContainTextAsync("Brand New Finland");
        await BrowserFixture.ScreenshotAsync(site, "new-store-home");

        var storeAdmin = await browser.NewPageAsync();
        await SignInAsync(storeAdmin, browser.Host.Store(name, "/admin"), "owner@brand.test", "Brand!New2026");
        await Assertions.Expect(storeAdmin.Locator("body")).ToContainTextAsync("Brand New Finland");
        Assert.Equal(0, await storeAdmin.Locator("a[href$='/admin/tenants']").CountAsync());
        await BrowserFixture.ScreenshotAsync(storeAdmin, "new-store-admin");
    }

    private static async Task SignInAsync(IPage page, string admin, string email, string password)
    {
        await page.GotoAsync($"{admin}/login");
        await page.FillAsync("#Email", email);
        await page.FillAsync("#Password", password);
        await page.ClickAsync("form button[type=submit]");
        await page.ArrivesAtAsync(AdminHome());
    }

    [GeneratedRegex("/admin/?$")]
    private static partial Regex AdminHome();
}

using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Multistore.Browser.Tests;

/// <summary>The merchant opens the store's dashboard after orders came in through the web, the app and a kiosk.</summary>
[Collection(BrowserTests.Name)]
public sealed class DashboardAdminTests(BrowserFixture browser)
{
    private const string PlaceOrder = """
        async ([sku, touchpoint, key]) => {
          const headers = { 'Content-Type': 'application/json', 'X-Touchpoint': touchpoint };
          const cart = await (await fetch('/api/storefront/v1/carts', { method: 'POST', headers })).json();
          await fetch(`/api/storefront/v1/carts/${cart.id}/lines`, { method: 'POST', headers, body: JSON.stringify({ sku, quantity: 1 }) });
          const methods = await (await fetch(`/api/storefront/v1/carts/${cart.id}/shipping-methods?country=SE`, { headers })).json();
          const placed = await fetch(`/api/storefront/v1/carts/${cart.id}/checkout`, {
            method: 'POST', headers: { ...headers, 'Idempotency-Key': key },
            body: JSON.stringify({
              email: 'dashboard@example.com',
              shippingAddress: { name: 'Sven Svensson', line1: 'Drottninggatan 45', city: 'Stockholm', postalCode: '111 21', country: 'SE' },
              shippingMethod: methods[0].code, paymentMethod: 'bank-transfer' }) });
          return placed.status;
        }
        """;

    [Fact]
    public async Task DashboardShowsTodaysSalesTheChartAndWhatWaits()
    {
        var shop = await browser.NewPageAsync();
        await shop.GotoAsync(browser.Host.Store("nordic-se"));
        foreach (var (sku, touchpoint) in new[] { ("NOR-BEANIE-RED", "web"), ("NOR-WOOL-SWEATER-M-NAV", "app"), ("NOR-BEANIE-GRE", "kiosk") })
        {
            Assert.Equal(201, await shop.EvaluateAsync<int>(PlaceOrder, new[] { sku, touchpoint, Guid.NewGuid().ToString("N") }));
        }

        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.Host.Store("nordic-se", "/admin/login"));
        await page.FillAsync("#Email", "admin@example.com");
        await page.FillAsync("#Password", "Demo!Admin2026");
        await page.ClickAsync("form button[type=submit]");
        await page.ArrivesAtAsync(new Regex("/admin/?$"));

        await Assertions.Expect(page.Locator("svg.sales-chart")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("svg.sales-chart rect").First).ToBeVisibleAsync();
        Assert.Contains("kr", await page.InnerTextAsync("#sales-today .figure"), StringComparison.Ordinal);
        var ordersToday = int.Parse(await page.InnerTextAsync("#sales-today dd >> nth=0"), NumberStyles.Integer | NumberStyles.AllowThousands, CultureInfo.GetCultureInfo("sv-SE"));
        Assert.True(ordersToday >= 3, $"Today shows {ordersToday} orders.");
        await Assertions.Expect(page.Locator("#sales-by-touchpoint")).ToContainTextAsync("Kiosk");
        await Assertions.Expect(page.Locator("#low-stock")).ToContainTextAsync("NOR-PARKA-S");
        await Assertions.Expect(page.Locator("#waiting-orders")).ToContainTextAsync("Offline payment to confirm");
        await BrowserFixture.ScreenshotAsync(page, "admin-dashboard");

        await page.SetViewportSizeAsync(390, 844);
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("svg.sales-chart")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "admin-dashboard-phone");
    }
}

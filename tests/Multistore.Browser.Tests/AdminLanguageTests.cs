using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Multistore.Browser.Tests;

/// <summary>
/// The admin in German: a merchant whose browser asks for English switches the admin to German with the picker in the
/// header, then reads the dashboard and an order in German, with the Swedish store's money still written "… kr".
/// </summary>
[Collection(BrowserTests.Name)]
public sealed partial class AdminLanguageTests(BrowserFixture browser)
{
    private const string PlaceOrder = """
        async (key) => {
          const headers = { 'Content-Type': 'application/json' };
          const cart = await (await fetch('/api/storefront/v1/carts', { method: 'POST', headers })).json();
          await fetch(`/api/storefront/v1/carts/${cart.id}/lines`, { method: 'POST', headers, body: JSON.stringify({ sku: 'NOR-BEANIE-RED', quantity: 2 }) });
          const methods = await (await fetch(`/api/storefront/v1/carts/${cart.id}/shipping-methods?country=SE`, { headers })).json();
          const placed = await fetch(`/api/storefront/v1/carts/${cart.id}/checkout`, {
            method: 'POST', headers: { ...headers, 'Idempotency-Key': key },
            body: JSON.stringify({
              email: 'sprache@example.com',
              shippingAddress: { name: 'Sven Svensson', line1: 'Drottninggatan 45', city: 'Stockholm', postalCode: '111 21', country: 'SE' },
              shippingMethod: methods[0].code, paymentMethod: 'bank-transfer' }) });
          return (await placed.json()).number;
        }
        """;

    [Fact]
    public async Task TheAdminInGerman()
    {
        var shop = await browser.NewPageAsync();
        await shop.GotoAsync(browser.Host.Store("nordic-se"));
        var number = await shop.EvaluateAsync<string>(PlaceOrder, Guid.NewGuid().ToString("N"));
        Assert.False(string.IsNullOrEmpty(number), "The order was placed.");

        var page = await browser.NewPageAsync(acceptLanguage: "en-US,en;q=0.9");
        await page.GotoAsync(browser.Host.Store("nordic-se", "/admin/login"));
        await page.FillAsync("#Email", "admin@example.com");
        await page.FillAsync("#Password", "Demo!Admin2026");
        await page.ClickAsync("form button[type=submit]");
        await page.ArrivesAtAsync(new Regex("/admin/?$"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Dashboard");

        await page.SelectOptionAsync("#admin-language-select", "de-DE");
        await page.ClickAsync("#admin-language button[type=submit]");
        await page.ArrivesAtAsync(new Regex("/admin/?$"));

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Übersicht");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "de-DE");
        await Assertions.Expect(page.Locator("#sales-today h3")).ToHaveTextAsync("Heute");
        await Assertions.Expect(page.Locator("#waiting-orders")).ToContainTextAsync("Offline-Zahlung zu bestätigen");
        await Assertions.Expect(page.Locator("nav.menu")).ToContainTextAsync("Bestellungen");
        Assert.Matches(SwedishMoney(), await page.InnerTextAsync("#sales-today .figure"));
        await BrowserFixture.ScreenshotAsync(page, "admin-dashboard-german");

        await page.ClickAsync("nav.menu a:text-is('Bestellungen')");
        await page.ArrivesAtAsync(new Regex("/admin/orders$"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Bestellungen");
        await page.ClickAsync($"a:text-is('{number}')");
        await page.ArrivesAtAsync(new Regex($"/admin/orders/{number}$"));

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync($"Bestellung {number}");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Überweisung");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Ausstehend");
        await Assertions.Expect(page.Locator("button:text-is('Zahlungseingang bestätigen')")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Schweden");
        Assert.Matches(SwedishMoney(), await page.InnerTextAsync("main .card strong >> nth=-1"));
        await BrowserFixture.ScreenshotAsync(page, "admin-order-german");
    }

    // "1 990,00 kr": digits grouped by a (no-break) space, a decimal comma, the symbol after the number.
    [GeneratedRegex(@"^[\d\s\u00A0\u202F]+,\d{2}[\s\u00A0]kr$")]
    private static partial Regex SwedishMoney();
}

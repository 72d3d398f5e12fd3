using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Multistore.Browser.Tests;

/// <summary>
/// A guest buys in two regions with different providers: Nordic Germany (prices include VAT, bank transfer with its
/// instructions on the confirmation page) and Outlet USA (New York sales tax added at checkout, cash on delivery,
/// which the merchant switches on in the admin first: the outlet recipe offers only Stripe, which needs keys).
/// </summary>
[Collection(BrowserTests.Name)]
public sealed partial class CheckoutJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task GuestPaysByBankTransferInGermanyWithVatIncluded()
    {
        var page = await browser.NewPageAsync(acceptLanguage: "de-DE,de;q=0.9");
        await page.GotoAsync(browser.Host.Store("nordic-de", "/products/muetze"));
        await page.ClickAsync("form.buy [data-add-to-cart]");
        await page.ArrivesAtAsync(new Regex("/cart$"));
        await Assertions.Expect(page.Locator(".cart-lines")).ToContainTextAsync("NOR-BEANIE-BLA");

        await page.GotoAsync(browser.Host.Store("nordic-de", "/checkout"));
        await FillAddressAsync(page, new() { ["name"] = "Erika Mustermann", ["line1"] = "Unter den Linden 1", ["postalCode"] = "10117", ["city"] = "Berlin" });
        await page.CheckAsync("input[name=shippingMethod][value=dhl]");
        await page.CheckAsync("input[name=paymentMethod][value=bank-transfer]");
        await page.ClickAsync("button[name=action][value=review]");
        var totals = await TotalsAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "checkout-nordic-de-review");

        Assert.Contains("Überweisung", await page.InnerTextAsync("label:has(input[name=paymentMethod][value=bank-transfer])"), StringComparison.Ordinal);
        Assert.Equal("27,50 €", totals["Artikel"]);
        Assert.Equal("4,90 €", totals["Versand"]);
        Assert.Equal("5,17 €", totals["Enthaltene MwSt."]);
        Assert.Equal("32,40 €", totals["Gesamt"]);

        await page.ClickAsync("button[name=action][value=place]");
        await page.ArrivesAtAsync(OrderPage());
        await BrowserFixture.ScreenshotAsync(page, "checkout-nordic-de-confirmation");
        var transfer = (await page.InnerTextAsync(".bank-transfer")).Replace('\u00a0', ' ');
        var number = (await page.InnerTextAsync("h1")).Split(' ')[^1];
        Assert.Contains("DE89370400440532013000", transfer, StringComparison.Ordinal);
        Assert.Contains("32,40 €", transfer, StringComparison.Ordinal);
        Assert.Contains(number, transfer, StringComparison.Ordinal);
        Assert.Contains("innerhalb von 10 Tagen", transfer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GuestPaysCashOnDeliveryInNewYorkWithSalesTaxAddedAtCheckout()
    {
        await EnableCashOnDeliveryAsync("outlet-us");
        var page = await browser.NewPageAsync(acceptLanguage: "en-US,en;q=0.9");
        await AddToCartAsync(page, "outlet-us", "OUT-WATCH");

        await page.GotoAsync(browser.Host.Store("outlet-us", "/checkout"));
        await FillAddressAsync(page, new() { ["name"] = "Pat Guest", ["line1"] = "350 5th Ave", ["city"] = "New York", ["region"] = "NY", ["postalCode"] = "10118" });
        await page.CheckAsync("input[name=shippingMethod][value=ground]");
        await page.CheckAsync("input[name=paymentMethod][value=cash-on-delivery]");
        await page.ClickAsync("button[name=action][value=review]");
        var totals = await TotalsAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "checkout-outlet-us-review");

        Assert.Equal("$89.00", totals["Items"]);
        Assert.Equal("$7.95", totals["Shipping"]);
        Assert.Equal("$8.61", totals["Tax"]);
        Assert.False(totals.ContainsKey("Included tax"));
        Assert.Equal("$105.56", totals["Total"]);

        await page.ClickAsync("button[name=action][value=place]");
        await page.ArrivesAtAsync(OrderPage());
        await BrowserFixture.ScreenshotAsync(page, "checkout-outlet-us-confirmation");
        var receipt = await page.InnerTextAsync("section.order table");
        Assert.Contains("$8.61", receipt, StringComparison.Ordinal);
        Assert.Contains("$105.56", receipt, StringComparison.Ordinal);
    }

    /// <summary>The cart page's quick add by item number, as a shopper with a catalogue in hand uses it.</summary>
    private async Task AddToCartAsync(IPage page, string store, string sku)
    {
        await page.GotoAsync(browser.Host.Store(store, "/cart"));
        await page.FillAsync(".quick-add input[name=sku]", sku);
        await page.ClickAsync(".quick-add button");
        await Assertions.Expect(page.Locator(".cart-lines")).ToContainTextAsync(sku);
    }

    private static async Task FillAddressAsync(IPage page, Dictionary<string, string> address)
    {
        await page.FillAsync("input[name=email]", "guest@example.com");
        foreach (var (field, value) in address)
        {
            if (field == "region")
            {
                // Where a country has states (US, Canada) the form offers them as a list.
                await page.SelectOptionAsync("select[name=region]", value);
            }
            else
            {
                await page.FillAsync($"input[name={field}]", value);
            }
        }
    }

    /// <summary>The review's totals as the shopper reads them: label → amount.</summary>
    private static async Task<Dictionary<string, string>> TotalsAsync(IPage page)
    {
        await Assertions.Expect(page.Locator("dl.totals")).ToBeVisibleAsync();
        var labels = await page.Locator("dl.totals dt").AllInnerTextsAsync();
        var amounts = await page.Locator("dl.totals dd").AllInnerTextsAsync();
        return labels.Zip(amounts).ToDictionary(p => p.First.Trim(), p => p.Second.Trim().Replace('\u00a0', ' '));
    }

    private async Task EnableCashOnDeliveryAsync(string store)
    {
        var admin = await browser.NewPageAsync();
        await admin.GotoAsync(browser.Host.Store(store, "/admin/login"));
        await admin.FillAsync("#Email", "admin@example.com");
        await admin.FillAsync("#Password", "Demo!Admin2026");
        await admin.ClickAsync("form button[type=submit]");
        await admin.ArrivesAtAsync(new Regex("/admin/?$"));
        await admin.GotoAsync(browser.Host.Store(store, "/admin/features"));
        var enable = admin.Locator("form[action$='features/Multistore.Payments.CashOnDelivery/enable'] button");
        if (await enable.CountAsync() > 0)
        {
            await enable.ClickAsync();
            await Assertions.Expect(admin.Locator(".notice")).ToContainTextAsync("Enabled");
        }

        await BrowserFixture.ScreenshotAsync(admin, "checkout-outlet-us-admin-features");
    }

    [GeneratedRegex(@"/orders/\d{6}-[0-9A-Z]{6}\?token=")]
    private static partial Regex OrderPage();
}

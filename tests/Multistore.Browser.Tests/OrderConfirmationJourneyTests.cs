using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Multistore.Browser.Tests;

/// <summary>
/// A guest in Nordic Germany picks the red beanie (the shown SKU follows the colour), buys it by bank transfer and
/// reads on the confirmation page what to do next: thanks, where the e-mail went, the store's account with the
/// order number as reference and the amount, the beanie named with its colour, and the address with the country's name.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed partial class OrderConfirmationJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task GuestBuysTheRedBeanieByBankTransferAndReadsWhatToDoNext()
    {
        var page = await browser.NewPageAsync(acceptLanguage: "de-DE,de;q=0.9");
        await page.GotoAsync(browser.Host.Store("nordic-de", "/products/muetze"));
        await page.Locator("label.option-value", new() { HasText = "Rot" }).ClickAsync();
        await Assertions.Expect(page.Locator(".product .sku [data-shown-sku]")).ToHaveTextAsync("NOR-BEANIE-RED");
        await page.ClickAsync("form.buy [data-add-to-cart]");
        await page.ArrivesAtAsync(new Regex("/cart$"));
        await Assertions.Expect(page.Locator(".cart-lines")).ToContainTextAsync("Mütze — Rot");

        await page.GotoAsync(browser.Host.Store("nordic-de", "/checkout"));
        await BerlinCheckout.ReviewAsync(page, "erika@example.com", "bank-transfer");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Mütze — Rot");
        await page.ClickAsync("button[name=action][value=place]");
        await page.ArrivesAtAsync(OrderPage());
        await BrowserFixture.ScreenshotAsync(page, "order-confirmation-nordic-de-bank-transfer");

        var number = (await page.InnerTextAsync("h1")).Split(' ')[^1];
        var transfer = await DefinitionsAsync(page, ".next-step.bank-transfer dl");
        Assert.Equal("Vielen Dank für Ihre Bestellung!", (await page.InnerTextAsync(".order .thanks")).Trim());
        Assert.Equal("Wir haben Ihnen eine Bestätigung an erika@example.com geschickt.", (await page.InnerTextAsync(".order .email-notice")).Trim());
        Assert.Equal("DE89370400440532013000", transfer["IBAN"]);
        Assert.Equal(number, transfer["Verwendungszweck"]);
        Assert.Equal("32,40 €", transfer["Betrag"]);
        Assert.Contains("1 × Mütze — Rot", await page.InnerTextAsync("table.order-lines"), StringComparison.Ordinal);
        Assert.Equal("Erika Mustermann\nUnter den Linden 1\n10117 Berlin\nDeutschland", (await page.InnerTextAsync(".order address.shipping-address")).Trim());
        Assert.DoesNotContain("bank_transfer", await page.InnerTextAsync("main"), StringComparison.Ordinal);
    }

    /// <summary>A description list as the shopper reads it: label → value.</summary>
    private static async Task<Dictionary<string, string>> DefinitionsAsync(IPage page, string selector)
    {
        var labels = await page.Locator($"{selector} dt").AllInnerTextsAsync();
        var values = await page.Locator($"{selector} dd").AllInnerTextsAsync();
        return labels.Zip(values).ToDictionary(p => p.First.Trim(), p => p.Second.Trim().Replace('\u00a0', ' '));
    }

    [GeneratedRegex(@"/orders/\d{6}-[0-9A-Z]{6}\?token=")]
    private static partial Regex OrderPage();
}

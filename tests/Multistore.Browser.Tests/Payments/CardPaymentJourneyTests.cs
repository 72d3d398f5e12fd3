using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Multistore.Browser.Tests.Payments;

/// <summary>
/// Guests in Nordic Germany pay by card on the order page, with Stripe played by <see cref="StripeStandIn"/>: one
/// passes 3-D Secure at the bank's page and comes back to a paid order; another's card is declined for insufficient
/// funds, reads so in German, and pays the same order by bank transfer instead.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed partial class CardPaymentJourneyTests(BrowserFixture browser)
{
    private const string Store = StripeStandIn.Store;

    [Fact]
    public async Task GuestPaysByCardWithThreeDSecureAndReturnsToThePaidOrder()
    {
        var email = $"karte-{Guid.NewGuid().ToString("N")[..8]}@example.com";
        var page = await ShopperAsync();
        await page.GotoAsync(browser.Host.Store(Store, "/products/muetze"));
        await page.ClickAsync("form.buy [data-add-to-cart]");
        await page.ArrivesAtAsync(new Regex("/cart$"));
        await PlaceByCardAsync(page, email);
        await BrowserFixture.ScreenshotAsync(page, "card-3ds-payment-page");
        var number = await OrderNumberAsync(page);

        await page.FillAsync("[data-stand-in-card]", "4000 0027 6000 3184");
        await page.ClickAsync("[data-card-payment-form] button[type=submit]");
        await page.ArrivesAtAsync(new Regex("^https://hooks\\.stripe\\.test/3d_secure_2/pi_"));
        await BrowserFixture.ScreenshotAsync(page, "card-3ds-bank-challenge");
        Assert.Empty(Sent(email));

        // The return page may settle and reload before an address check could see it, so its request is what is awaited.
        var back = await page.RunAndWaitForRequestAsync(
            () => page.ClickAsync("button:has-text('Complete authentication')"),
            new Regex($"/orders/{number}\\?token=[^&]+&payment_intent=pi_\\w+&payment_intent_client_secret=pi_\\w+_secret_\\w+&redirect_status=succeeded$"));
        var intent = Regex.Match(back.Url, "[?&]payment_intent=(pi_\\w+)").Groups[1].Value;
        Assert.True(back.IsNavigationRequest);
        // Stripe's event arrives while the return page polls: whichever settles the payment first, the page the polling
        // reloads shows the order paid (the ledger publishes before it saves, so a payment read as paid has its order
        // paid too), and the second news changes nothing (one email).
        await StripeStandIn.SendWebhookAsync(browser.Host, "payment_intent.succeeded", intent);
        await page.ArrivesAtAsync(new Regex($"/orders/{number}\\?token=[^&]+$"));
        await Assertions.Expect(page.Locator(".order .status strong")).ToHaveTextAsync("Bezahlt");
        await BrowserFixture.ScreenshotAsync(page, "card-3ds-paid");
        Assert.Equal("Vielen Dank für Ihre Bestellung!", (await page.InnerTextAsync(".order .thanks")).Trim());
        Assert.Equal($"Wir haben Ihnen eine Bestätigung an {email} geschickt.", (await page.InnerTextAsync(".order .email-notice")).Trim());
        Assert.Equal("Zahlung erhalten", (await page.InnerTextAsync(".next-step.paid h2")).Trim());
        Assert.Equal("Ihre Zahlung über 32,40 € ist eingegangen. Wir bereiten Ihre Bestellung vor.", (await page.InnerTextAsync(".next-step.paid p")).Trim().Replace('\u00a0', ' '));
        Assert.Equal(0, await page.Locator("[data-card-payment], .payment-choice, .order .error").CountAsync());

        Assert.Equal("Paid", await AdminOrderStatusAsync(number, "card-3ds-admin-order"));
        var mail = await SentOnceAsync(email);
        Assert.Contains(number, mail.Subject, StringComparison.Ordinal);
        Assert.Contains("Ihre Zahlung über 32,40 € ist eingegangen.", await ReadAsync(mail, "card-3ds-email"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeclinedCardIsShownInGermanAndTheSameOrderIsPaidByBankTransfer()
    {
        const string Boots = "NOR-BOOTS-42";
        var email = $"abgelehnt-{Guid.NewGuid().ToString("N")[..8]}@example.com";
        var page = await ShopperAsync();
        await page.GotoAsync(browser.Host.Store(Store, "/cart"));
        await page.FillAsync(".quick-add input[name=sku]", Boots);
        await page.ClickAsync(".quick-add button");
        await Assertions.Expect(page.Locator(".cart-lines")).ToContainTextAsync(Boots);
        await PlaceByCardAsync(page, email);
        var number = await OrderNumberAsync(page);

        await page.FillAsync("[data-stand-in-card]", "4000 0000 0000 9995");
        await page.ClickAsync("[data-card-payment-form] button[type=submit]");
        await Assertions.Expect(page.Locator("[data-card-payment-error]")).ToHaveTextAsync("Ihre Karte ist nicht ausreichend gedeckt.");
        await Assertions.Expect(page.Locator("[data-card-payment-form] button[type=submit]")).ToBeEnabledAsync();
        await BrowserFixture.ScreenshotAsync(page, "card-declined");
        Assert.Empty(Sent(email));

        await page.Locator(".payment-choice label", new() { HasText = "Überweisung" }).ClickAsync();
        await page.ClickAsync(".payment-choice button[type=submit]");
        await page.ArrivesAtAsync(new Regex($"/orders/{number}\\?token=[^&]+$"));
        await BrowserFixture.ScreenshotAsync(page, "card-declined-then-bank-transfer");
        var transfer = await DefinitionsAsync(page, ".next-step.bank-transfer dl");
        Assert.Equal("DE89370400440532013000", transfer["IBAN"]);
        Assert.Equal(number, transfer["Verwendungszweck"]);
        Assert.Equal("Vielen Dank für Ihre Bestellung!", (await page.InnerTextAsync(".order .thanks")).Trim());
        Assert.Equal(0, await page.Locator("[data-card-payment], .payment-choice, .order .error").CountAsync());

        var mail = await SentOnceAsync(email);
        Assert.Contains(number, mail.Subject, StringComparison.Ordinal);
        Assert.Contains("DE89370400440532013000", await ReadAsync(mail, "card-declined-then-bank-transfer-email"), StringComparison.Ordinal);
        Assert.Equal("Pending", await AdminOrderStatusAsync(number, "card-declined-admin-order"));
        var admin = await AdminAsync();
        await admin.GotoAsync(browser.Host.Store(Store, $"/admin/orders?Q={Uri.EscapeDataString(email)}"));
        Assert.Equal(1, await admin.Locator("table.list tbody tr").CountAsync());
        await admin.GotoAsync(browser.Host.Store(Store, $"/admin/inventory/{Boots}"));
        await BrowserFixture.ScreenshotAsync(admin, "card-declined-admin-stock");
        // Checkout took the pair off the shelf for the order (37 in the recipe); the decline and the switch gave nothing back.
        var level = await admin.Locator("table.list").First.Locator("tbody tr td").AllInnerTextsAsync();
        var movements = await admin.Locator("table.list").Nth(1).Locator("tbody tr").AllAsync();
        Assert.Equal("36", level[3].Trim());
        Assert.Equal(["-1 Sold", "+37 Adjusted"], await Task.WhenAll(movements.Select(async row =>
            string.Join(' ', (await row.Locator("td").AllInnerTextsAsync()).Skip(2).Take(2).Select(cell => cell.Trim())))));
    }

    private async Task<IPage> ShopperAsync()
    {
        var page = await browser.NewPageAsync(acceptLanguage: "de-DE,de;q=0.9");
        await StripeStandIn.RouteAsync(page);
        return page;
    }

    /// <summary>Checks the cart out by card and waits for the order page's card form, drawn by Stripe.js (the stand-in).</summary>
    private static async Task PlaceByCardAsync(IPage page, string email)
    {
        await page.GotoAsync(page.Url.Replace("/cart", "/checkout", StringComparison.Ordinal));
        await BerlinCheckout.ReviewAsync(page, email, "stripe");
        await page.ClickAsync("button[name=action][value=place]");
        await page.ArrivesAtAsync(OrderPage());
        await Assertions.Expect(page.Locator("[data-card-payment] [data-stand-in-card]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".order .status strong")).ToHaveTextAsync("Ausstehend");
    }

    private static async Task<string> OrderNumberAsync(IPage page) => (await page.InnerTextAsync("h1")).Split(' ')[^1];

    private IReadOnlyList<MimeKit.MimeMessage> Sent(string email) =>
        [.. browser.Host.SentMail(Store).Where(m => m.To.Mailboxes.Any(to => to.Address == email))];

    /// <summary>The one message the shopper got; it is written as the order is confirmed, so a moment may pass before it is there.</summary>
    private async Task<MimeKit.MimeMessage> SentOnceAsync(string email)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (Sent(email).Count == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        return Assert.Single(Sent(email));
    }

    /// <summary>The message as its reader sees it (its HTML shown in the browser, kept as a screenshot): its text.</summary>
    private async Task<string> ReadAsync(MimeKit.MimeMessage mail, string screenshot)
    {
        var reader = await browser.NewPageAsync();
        await reader.SetContentAsync(mail.HtmlBody ?? "");
        await BrowserFixture.ScreenshotAsync(reader, screenshot);
        return (await reader.InnerTextAsync("body")).Replace('\u00a0', ' ');
    }

    private async Task<IPage> AdminAsync()
    {
        var admin = await browser.NewPageAsync();
        await admin.GotoAsync(browser.Host.Store(Store, "/admin/login"));
        await admin.FillAsync("#Email", "admin@example.com");
        await admin.FillAsync("#Password", "Demo!Admin2026");
        await admin.ClickAsync("form button[type=submit]");
        await admin.ArrivesAtAsync(new Regex("/admin/?$"));
        return admin;
    }

    /// <summary>The order's status as staff read it on its admin page.</summary>
    private async Task<string> AdminOrderStatusAsync(string number, string screenshot)
    {
        var admin = await AdminAsync();
        await admin.GotoAsync(browser.Host.Store(Store, $"/admin/orders/{number}"));
        await BrowserFixture.ScreenshotAsync(admin, screenshot);
        var order = await DefinitionsAsync(admin, "section.card:has(h2:text-is('Order')) dl");
        return order["Status"];
    }

    /// <summary>A description list as a person reads it: label → value.</summary>
    private static async Task<Dictionary<string, string>> DefinitionsAsync(IPage page, string selector)
    {
        var labels = await page.Locator($"{selector} dt").AllInnerTextsAsync();
        var values = await page.Locator($"{selector} dd").AllInnerTextsAsync();
        return labels.Zip(values).ToDictionary(p => p.First.Trim(), p => p.Second.Trim().Replace('\u00a0', ' '));
    }

    [GeneratedRegex(@"/orders/\d{6}-[0-9A-Z]{6}\?token=")]
    private static partial Regex OrderPage();
}

using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Multistore.Browser.Tests;

/// <summary>A shopper buys with "Add to cart" on the product page, signs in and keeps an address book, in the store's theme.</summary>
[Collection(BrowserTests.Name)]
public sealed class AccountTests(BrowserFixture browser)
{
    [Fact]
    public async Task ShopperAddsToCartSignsInAndManagesAddresses()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.Host.Store("nordic-de", "/products/wollpullover"));
        await page.ClickAsync("form.buy button[type=submit]");
        await page.ArrivesAtAsync(new Regex("/cart$"));
        await BrowserFixture.ScreenshotAsync(page, "nordic-de-cart-filled");
        Assert.Equal("Warenkorb", (await page.TextContentAsync("h1"))!.Trim());
        Assert.Equal(1, await page.Locator(".cart-lines tbody tr").CountAsync());

        var email = $"kundin-{Guid.NewGuid():N}@example.com";
        // From the page, so Chromium resolves the store's *.localhost host (Playwright's own request context cannot).
        var signUp = await page.EvaluateAsync<int>(
            "async (email) => (await fetch('/api/storefront/v1/customers', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password: 'Correct-Horse-9' }) })).status",
            email);
        Assert.Equal(202, signUp);

        await page.GotoAsync(browser.Host.Store("nordic-de", "/account/addresses"));
        await page.ClickAsync(".addresses a.button");
        await page.FillAsync("input[name=email]", email);
        await page.FillAsync("input[name=password]", "Correct-Horse-9");
        await BrowserFixture.ScreenshotAsync(page, "nordic-de-sign-in");
        await page.ClickAsync(".sign-in-form button[type=submit]");
        await page.ArrivesAtAsync(new Regex("/account/addresses$"));

        await page.FillAsync("input[name=name]", "Erika Muster");
        await page.FillAsync("input[name=line1]", "Unter den Linden 1");
        await page.FillAsync("input[name=postalCode]", "10117");
        await page.FillAsync("input[name=city]", "Berlin");
        await page.ClickAsync(".address-form button.primary");
        await Assertions.Expect(page.Locator(".notice")).ToHaveTextAsync("Die Adresse wurde hinzugefügt.");
        await Assertions.Expect(page.Locator(".address-card")).ToHaveCountAsync(1);
        await BrowserFixture.ScreenshotAsync(page, "nordic-de-addresses");

        var serious = (await page.RunAxe()).Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))}").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious));

        await page.ClickAsync(".account-nav a[href$='/account/orders']");
        await BrowserFixture.ScreenshotAsync(page, "nordic-de-orders");
        Assert.Equal("Ihre Bestellungen", (await page.TextContentAsync("h1"))!.Trim());
    }

    [Fact]
    public async Task ShopperSignsUpSignsInAndLandsWhereTheyWereGoing()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.Host.Store("nordic-de", "/account/sign-in?returnUrl=/account/addresses"));
        await page.ClickAsync("a[href*='/account/sign-up']");
        await page.ArrivesAtAsync(new Regex("/account/sign-up"));
        Assert.Equal("Konto erstellen", (await page.TextContentAsync("h1"))!.Trim());

        var email = $"neu-{Guid.NewGuid():N}@example.com";
        await page.FillAsync("#sign-up-email", email);
        await page.FillAsync("#sign-up-password", "kurz");
        await page.FillAsync("#sign-up-confirm", "kurz");
        await page.ClickAsync(".sign-up-form button[type=submit]");
        await Assertions.Expect(page.Locator("#sign-up-password-error")).ToHaveTextAsync(new Regex("mindestens 8 Zeichen"));
        Assert.Equal("true", await page.GetAttributeAsync("#sign-up-password", "aria-invalid"));
        await BrowserFixture.ScreenshotAsync(page, "nordic-de-sign-up-refused");

        await page.FillAsync("#sign-up-password", "Correct-Horse-9");
        await page.FillAsync("#sign-up-confirm", "Correct-Horse-9");
        await page.ClickAsync(".sign-up-form button[type=submit]");
        await page.ArrivesAtAsync(new Regex("/account/sign-in"));
        await Assertions.Expect(page.Locator(".notice")).ToContainTextAsync("Ist diese Adresse neu, ist Ihr Konto bereit");
        await BrowserFixture.ScreenshotAsync(page, "nordic-de-signed-up");
        await page.FillAsync("input[name=email]", email);
        await page.FillAsync("input[name=password]", "Correct-Horse-9");
        await page.ClickAsync(".sign-in-form button[type=submit]");
        await page.ArrivesAtAsync(new Regex("/account/addresses$"));
        await Assertions.Expect(page.Locator(".address-form")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task UnknownPageIsTheThemesNotFoundPage()
    {
        var page = await browser.NewPageAsync();
        var response = await page.GotoAsync(browser.Host.Store("outlet-us", "/no-such-page"));
        await BrowserFixture.ScreenshotAsync(page, "outlet-us-404");
        Assert.Equal(404, response!.Status);
        Assert.Equal(1, await page.Locator(".deal-bar").CountAsync());
        Assert.Equal("Page not found", (await page.TextContentAsync("h1"))!.Trim());
    }
}

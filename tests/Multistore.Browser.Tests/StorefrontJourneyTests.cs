using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Multistore.Browser.Tests;

[Collection(BrowserTests.Name)]
public sealed partial class StorefrontJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task EachRegionShowsItsLanguageCurrencyAndNumberFormat()
    {
        var page = await browser.NewPageAsync(acceptLanguage: "sv-SE,sv;q=0.9");

        await page.GotoAsync(browser.Host.Store("nordic-se", "/products/ulltroja"));
        await BrowserFixture.ScreenshotAsync(page, "nordic-se-product");
        Assert.Equal("sv-SE", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("Lägg i varukorgen", (await page.TextContentAsync("form.buy button"))!.Trim());
        Assert.Matches(SwedishKronor(), await page.InnerTextAsync(".product .price .amount"));

        await page.GotoAsync(browser.Host.Store("nordic-de", "/products/wollpullover"));
        await BrowserFixture.ScreenshotAsync(page, "nordic-de-product");
        Assert.Equal("In den Warenkorb", (await page.TextContentAsync("form.buy button"))!.Trim());
        Assert.Matches(GermanEuros(), await page.InnerTextAsync(".product .price .amount"));

        await page.GotoAsync(browser.Host.Store("outlet-us"));
        await BrowserFixture.ScreenshotAsync(page, "outlet-us-home");
        Assert.Matches(UsDollars(), await page.InnerTextAsync(".card .price .amount >> nth=0"));
    }

    [Fact]
    public async Task TheSameCatalogLooksDifferentInEachBrand()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.Host.Store("nordic-se"));
        var nordic = await StyleOfAsync(page);
        await page.GotoAsync(browser.Host.Store("outlet-us"));
        var outlet = await StyleOfAsync(page);

        Assert.NotEqual(nordic.Header, outlet.Header);
        Assert.NotEqual(nordic.Heading, outlet.Heading);
        Assert.NotEqual(nordic.Card, outlet.Card);
        Assert.Equal(1, await page.Locator(".deal-bar").CountAsync());
    }

    [Fact]
    public async Task CulturePickerKeepsThePageAndRemembersTheChoice()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.Host.Store("nordic-de", "/products/wollpullover"));

        await page.ClickAsync(".cultures a[hreflang=fr-FR]");
        await page.ArrivesAtAsync(new Regex("/fr-fr/products/wollpullover$"));
        await BrowserFixture.ScreenshotAsync(page, "nordic-de-product-fr");
        Assert.Equal("fr-FR", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("Ajouter au panier", (await page.TextContentAsync("form.buy button"))!.Trim());

        await page.GotoAsync(browser.Host.Store("nordic-de", "/"));
        Assert.Equal("fr-FR", await page.GetAttributeAsync("html", "lang"));
    }

    [Fact]
    public async Task RightToLeftCultureMirrorsTheLayout()
    {
        var page = await browser.NewPageAsync(acceptLanguage: "ar-SA,ar;q=0.9");
        await page.GotoAsync(browser.Host.Store("outlet-us"));
        await BrowserFixture.ScreenshotAsync(page, "outlet-us-home-ar");

        Assert.Equal("rtl", await page.GetAttributeAsync("html", "dir"));
        Assert.Equal("ar-SA", await page.GetAttributeAsync("html", "lang"));
        var logo = await page.Locator(".logo").BoundingBoxAsync();
        var cart = await page.Locator(".cart-link").BoundingBoxAsync();
        Assert.True(logo!.X > cart!.X, "In right-to-left the logo starts on the right, after it the cart link further left.");
    }

    private static async Task<(string Header, string Heading, string Card)> StyleOfAsync(IPage page) => (
        await page.EvalOnSelectorAsync<string>(".site-header", "e => getComputedStyle(e).backgroundColor"),
        await page.EvalOnSelectorAsync<string>("h1", "e => getComputedStyle(e).fontFamily"),
        await page.EvalOnSelectorAsync<string>(".card", "e => getComputedStyle(e).borderTopWidth + ' ' + getComputedStyle(e).borderRadius"));

    [GeneratedRegex(@"^\d[\d\s]*,\d{2}\skr$")]
    private static partial Regex SwedishKronor();

    [GeneratedRegex(@"^\d+,\d{2}\s€$")]
    private static partial Regex GermanEuros();

    [GeneratedRegex(@"^\$\d[\d,]*\.\d{2}$")]
    private static partial Regex UsDollars();
}

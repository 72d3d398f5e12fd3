using Microsoft.Playwright;

namespace Multistore.Browser.Tests;

/// <summary>The nordic-de checkout as Erika in Berlin fills it: her address, Germany, DHL, then the payment method and the review.</summary>
internal static class BerlinCheckout
{
    /// <summary>On the checkout page: fills the form, reviews, picks DHL and <paramref name="paymentMethod"/>, and reviews again.</summary>
    public static async Task ReviewAsync(IPage page, string email, string paymentMethod)
    {
        await page.FillAsync("input[name=email]", email);
        foreach (var (field, value) in new Dictionary<string, string> { ["name"] = "Erika Mustermann", ["line1"] = "Unter den Linden 1", ["postalCode"] = "10117", ["city"] = "Berlin" })
        {
            await page.FillAsync($"input[name={field}]", value);
        }

        // The form opens on another country of the store; choosing Germany and reviewing offers its shipping methods.
        await page.SelectOptionAsync("select[name=country]", "DE");
        await page.ClickAsync("button[name=action][value=review]");
        await page.CheckAsync("input[name=shippingMethod][value=dhl]");
        await page.CheckAsync($"input[name=paymentMethod][value={paymentMethod}]");
        await page.ClickAsync("button[name=action][value=review]");
    }
}

using System.Net;
using AngleSharp.Dom;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.Payments.Cards;

/// <summary>
/// A card order on the web lands on its page with Stripe's Payment Element (Stripe.js from js.stripe.com, the store's
/// publishable key, the intent's client secret, this page as 3-D Secure's return address), and only that page lets
/// Stripe's script and frames in. The page's server side answers how the payment stands until it settles.
/// </summary>
public sealed class CardPaymentPageTests
{
    [Fact]
    public async Task ACardOrderLandsOnAPaymentPageWithStripesPaymentElement()
    {
        var shop = await CardShop.CreateAsync();

        var (_, response) = await shop.CardOrderAsync();
        var page = await HtmlPage.ParseAsync(response);

        var form = page.One("[data-card-payment]");
        var intent = shop.Stripe.Intent(IntentOf(form));
        Assert.Equal("pk_test_public", form.GetAttribute("data-publishable-key"));
        Assert.Equal(intent["client_secret"]!.GetValue<string>(), form.GetAttribute("data-client-secret"));
        var returnUrl = new Uri(form.GetAttribute("data-return-url")!);
        Assert.True(returnUrl.IsAbsoluteUri);
        Assert.Equal(response.RequestMessage!.RequestUri!.AbsolutePath, returnUrl.AbsolutePath);
        Assert.Contains("token=", returnUrl.Query, StringComparison.Ordinal);
        Assert.Contains(page.All("script[src]"), s => s.GetAttribute("src") == "https://js.stripe.com/v3/");
        Assert.True(page.Has("[data-payment-element]"));
        Assert.Contains("Mit Karte bezahlen", page.Text("#card-payment-title"), StringComparison.Ordinal);
        Assert.False(page.Has("dl.next-action"));
        Assert.DoesNotContain("client_secret", page.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnlyThePaymentPageLetsStripesScriptAndFramesIn()
    {
        var shop = await CardShop.CreateAsync();
        var (shopper, cardPage) = await shop.CardOrderAsync();
        await CardShop.AddLampAsync(shopper);
        var transferPage = await CardShop.PlaceAsync(shopper, "test-transfer");
        var home = await shopper.GetAsync("");

        var policy = string.Join(" ", cardPage.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self' https://js.stripe.com", policy, StringComparison.Ordinal);
        Assert.Contains("frame-src https://js.stripe.com https://hooks.stripe.com", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        foreach (var other in new[] { transferPage, home })
        {
            Assert.Equal(HttpStatusCode.OK, other.StatusCode);
            Assert.DoesNotContain("js.stripe.com", string.Join(" ", other.Headers.TryGetValues("Content-Security-Policy", out var values) ? values : []), StringComparison.Ordinal);
            Assert.DoesNotContain((await HtmlPage.ParseAsync(other)).All("script[src]"), s => s.GetAttribute("src")!.Contains("stripe", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task AfterThreeDSecureTheReturnPageSeesThePaymentSettleAndShowsThePaidOrder()
    {
        var shop = await CardShop.CreateAsync();
        var (shopper, response) = await shop.CardOrderAsync();
        var form = (await HtmlPage.ParseAsync(response)).One("[data-card-payment]");
        var (intent, secret) = (IntentOf(form), form.GetAttribute("data-client-secret")!);

        var confirmed = await CardShop.ConfirmAsync(shopper, intent, secret, "pm_card_threeDSecure2Required");
        var waiting = await CardShop.PaymentStateAsync(shopper, intent, secret);
        shop.Stripe.SetStatus(intent, "succeeded");
        var settled = await CardShop.PaymentStateAsync(shopper, intent, secret);
        var returned = await HtmlPage.GetAsync(shopper, $"{response.RequestMessage!.RequestUri!.PathAndQuery.TrimStart('/')}&payment_intent={intent}&redirect_status=succeeded");

        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal("Pending", waiting.GetProperty("status").GetString());
        Assert.Equal("stripe_authenticate", waiting.GetProperty("nextAction").GetProperty("type").GetString());
        Assert.Equal("Succeeded", settled.GetProperty("status").GetString());
        Assert.Empty(settled.GetProperty("nextAction").EnumerateObject());
        Assert.False(returned.Has("[data-card-payment]"));
        Assert.Contains("Bezahlt", returned.Text(".status"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePaymentStateIsNotFoundWithoutTheIntentsClientSecret()
    {
        var shop = await CardShop.CreateAsync();
        var (_, response) = await shop.CardOrderAsync();
        var intent = IntentOf((await HtmlPage.ParseAsync(response)).One("[data-card-payment]"));

        var stranger = shop.Tenant.CreateClient();
        var answer = await stranger.PostAsync($"api/payments/stripe/intents/{intent}/refresh",
            new StringContent("{\"clientSecret\":\"" + intent + "_secret_guess\"}", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
    }

    /// <summary>The intent the page pays, read from where the page asks for its state.</summary>
    public static string IntentOf(IElement form)
    {
        var refresh = form.GetAttribute("data-refresh-url")!;
        Assert.EndsWith("/refresh", refresh, StringComparison.Ordinal);
        return refresh.Split('/')[^2];
    }
}

using System.Net;
using Multistore.Hosting;
using Multistore.Integration.Tests.Admin;
using Multistore.Integration.Tests.Fixtures;

namespace Multistore.Integration.Tests.Payments.Cards;

/// <summary>
/// Stripe's own words never reach the shopper: a refused card is told in the shopper's language and the same order
/// can be paid with another card; a refusal of the store's setup shows a plain message, is listed for the staff
/// without the key, and takes cards out of the offer until the Stripe settings are saved again.
/// </summary>
public sealed class CardErrorTests
{
    [Fact]
    public async Task ADeclinedCardIsToldInTheShoppersLanguageAndAnotherCardPaysTheSameOrder()
    {
        var shop = await CardShop.CreateAsync();
        var (shopper, response) = await shop.CardOrderAsync();
        var orderPath = response.RequestMessage!.RequestUri!.PathAndQuery.TrimStart('/');
        var form = (await HtmlPage.ParseAsync(response)).One("[data-card-payment]");
        var (intent, secret) = (CardPaymentPageTests.IntentOf(form), form.GetAttribute("data-client-secret")!);

        await CardShop.ConfirmAsync(shopper, intent, secret, "pm_card_chargeDeclined");
        var declined = await CardShop.PaymentStateAsync(shopper, intent, secret);
        var failedPage = await HtmlPage.GetAsync(shopper, orderPath);
        var retried = await CardShop.ConfirmAsync(shopper, intent, secret, "pm_card_visa");
        var paidPage = await HtmlPage.GetAsync(shopper, orderPath);

        Assert.Equal("Failed", declined.GetProperty("status").GetString());
        Assert.Equal("Ihre Karte wurde abgelehnt.", declined.GetProperty("error").GetString());
        Assert.Contains("Zahlung fehlgeschlagen", failedPage.Text(".status"), StringComparison.Ordinal);
        Assert.True(failedPage.Has("[data-card-payment]"), "A declined card leaves the card form for another try.");
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Contains("Bezahlt", paidPage.Text(".status"), StringComparison.Ordinal);
        Assert.False(paidPage.Has("[data-card-payment]"));
    }

    [Fact]
    public async Task StripeRefusingTheStoresKeyPausesCardsUntilTheSettingsAreSavedAgain()
    {
        var shop = await CardShop.CreateAsync();
        var (shopper, response) = await shop.CardOrderAsync();
        var form = (await HtmlPage.ParseAsync(response)).One("[data-card-payment]");
        var intent = CardPaymentPageTests.IntentOf(form);

        var refused = await CardShop.ConfirmAsync(shopper, intent, form.GetAttribute("data-client-secret")!, "pm_echo_key");
        var body = await refused.Content.ReadAsStringAsync();
        var next = shop.Tenant.CreateClient();
        await CardShop.AddLampAsync(next);
        var offeredWhilePaused = await CardShop.OfferedMethodsAsync(next);
        var admin = new AdminSession(shop.Tenant);
        await admin.SignInAsync(CardShop.AdminEmail);
        var settingsPage = HtmlPage.Parse(await admin.Client.GetStringAsync("admin/settings/payments/stripe"));
        var errors = MultistoreFactory.Shared.Service<IRecentErrors>().Of(shop.Tenant.Name);
        var saved = await admin.PostFormAsync("admin/settings/payments/stripe", "admin/settings/payments/stripe", new() { ["PublishableKey"] = "pk_test_public" });
        var offeredAfterSave = await CardShop.OfferedMethodsAsync(next);

        Assert.Equal(HttpStatusCode.PaymentRequired, refused.StatusCode);
        Assert.DoesNotContain(StripeStore.SecretKey, body, StringComparison.Ordinal);
        Assert.DoesNotContain("stripe", offeredWhilePaused);
        Assert.Contains("test-transfer", offeredWhilePaused);
        Assert.Contains("Card payments are paused", settingsPage.Text("[role='alert']"), StringComparison.Ordinal);
        var logged = Assert.Single(errors, e => e.Message.Contains("api_key_invalid", StringComparison.Ordinal));
        Assert.DoesNotContain(StripeStore.SecretKey, logged.Message + logged.Exception, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("stripe", offeredAfterSave);
    }

    [Fact]
    public async Task ADeclinedCardLeavesCardsOnOffer()
    {
        var shop = await CardShop.CreateAsync();
        var (shopper, response) = await shop.CardOrderAsync();
        var form = (await HtmlPage.ParseAsync(response)).One("[data-card-payment]");

        var declined = await CardShop.ConfirmAsync(shopper, CardPaymentPageTests.IntentOf(form), form.GetAttribute("data-client-secret")!, "pm_card_chargeDeclined");
        var next = shop.Tenant.CreateClient();
        await CardShop.AddLampAsync(next);

        Assert.Equal(HttpStatusCode.OK, declined.StatusCode);
        Assert.Contains("stripe", await CardShop.OfferedMethodsAsync(next));
        Assert.DoesNotContain(MultistoreFactory.Shared.Service<IRecentErrors>().Of(shop.Tenant.Name), e => e.Category.Contains("Stripe", StringComparison.Ordinal));
    }
}

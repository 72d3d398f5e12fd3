using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Payments.Stripe.Testing;

namespace Multistore.Integration.Tests.Payments.Cards;

/// <summary>
/// What apps read follows the payment: no "confirm" once it went through, "retry" after a decline; webhook refusals
/// say what is wrong; times carry their offset.
/// </summary>
public sealed class CardApiStateTests
{
    [Fact]
    public async Task TheOrdersNextActionFollowsThePaymentFromConfirmToRetryToNothing()
    {
        var shop = await CardShop.CreateAsync();
        var (shopper, response) = await shop.CardOrderAsync();
        var (number, token) = OrderOf(response);
        var form = (await HtmlPage.ParseAsync(response)).One("[data-card-payment]");
        var (intent, secret) = (CardPaymentPageTests.IntentOf(form), form.GetAttribute("data-client-secret")!);

        var placed = await PaymentAsync(shop, number, token);
        var declinedAnswer = await (await CardShop.ConfirmAsync(shopper, intent, secret, "pm_card_chargeDeclined")).Content.ReadFromJsonAsync<JsonElement>();
        var declined = await PaymentAsync(shop, number, token);
        var paidAnswer = await (await CardShop.ConfirmAsync(shopper, intent, secret, "pm_card_visa")).Content.ReadFromJsonAsync<JsonElement>();
        var paid = await PaymentAsync(shop, number, token);

        Assert.Equal("stripe_confirm", placed.GetProperty("nextAction").GetProperty("type").GetString());
        Assert.Equal("stripe_retry", declinedAnswer.GetProperty("nextAction").GetProperty("type").GetString());
        Assert.Equal("stripe_retry", declined.GetProperty("nextAction").GetProperty("type").GetString());
        Assert.Equal(secret, declined.GetProperty("nextAction").GetProperty("client_secret").GetString());
        Assert.Empty(paidAnswer.GetProperty("nextAction").EnumerateObject());
        Assert.Equal("Succeeded", paid.GetProperty("status").GetString());
        Assert.Empty(paid.GetProperty("nextAction").EnumerateObject());
    }

    [Fact]
    public async Task OrderTimesCarryTheirOffset()
    {
        var shop = await CardShop.CreateAsync();
        var (_, response) = await shop.CardOrderAsync();
        var (number, token) = OrderOf(response);

        using var request = new HttpRequestMessage(HttpMethod.Get, $"api/storefront/v1/orders/{number}");
        request.Headers.Add("X-Order-Token", token);
        var order = await (await shop.Tenant.CreateClient().SendAsync(request)).Content.ReadFromJsonAsync<JsonElement>();

        var created = order.GetProperty("createdUtc").GetString()!;
        Assert.Matches(@"(Z|[+-]\d\d:\d\d)$", created);
        Assert.Matches(@"(Z|[+-]\d\d:\d\d)$", order.GetProperty("history")[0].GetProperty("atUtc").GetString()!);
    }

    [Fact]
    public async Task AWebhookRefusalSaysWhatIsWrong()
    {
        var shop = await CardShop.CreateAsync();
        var webhooks = new StripeWebhookSender(shop.Tenant.CreateClient(), StripeStore.WebhookSecret);
        var payload = StripeWebhookSender.Payload("evt_" + Guid.NewGuid().ToString("N"), "payment_intent.created", new() { ["id"] = "pi_none", ["object"] = "payment_intent" });

        var titles = new Dictionary<string, HttpResponseMessage>
        {
            ["Missing signature"] = await webhooks.SendAsync(payload, ""),
            ["Malformed signature"] = await webhooks.SendAsync(payload, "v1=abc"),
            ["Invalid signature"] = await webhooks.SendAsync(payload, StripeWebhookSender.Sign(payload, "whsec_someoneElse", DateTimeOffset.UtcNow)),
            ["Timestamp outside tolerance"] = await webhooks.SendAsync(payload, StripeWebhookSender.Sign(payload, StripeStore.WebhookSecret, DateTimeOffset.UtcNow.AddHours(-1))),
        };
        var staleForged = await webhooks.SendAsync(payload, StripeWebhookSender.Sign(payload, "whsec_someoneElse", DateTimeOffset.UtcNow.AddHours(-1)));

        foreach (var (title, answer) in titles)
        {
            Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
            Assert.Equal(title, (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
        }

        Assert.Equal("Invalid signature", (await staleForged.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
    }

    private static (string Number, string Token) OrderOf(HttpResponseMessage orderPage)
    {
        var uri = orderPage.RequestMessage!.RequestUri!;
        return (uri.AbsolutePath.Split('/')[^1], System.Web.HttpUtility.ParseQueryString(uri.Query)["token"]!);
    }

    private static async Task<JsonElement> PaymentAsync(CardShop shop, string number, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"api/storefront/v1/orders/{number}/payment");
        request.Headers.Add("X-Order-Token", token);
        var response = await shop.Tenant.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}

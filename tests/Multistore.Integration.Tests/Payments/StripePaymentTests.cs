using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Multistore.Commerce;

namespace Multistore.Integration.Tests.Payments;

public sealed class StripePaymentTests : IAsyncLifetime
{
    private StripeStore _store = null!;

    public async Task InitializeAsync() => _store = await StripeStore.CreateAsync();

    public async Task DisposeAsync() => await _store.Stripe.DisposeAsync();

    [Fact]
    public async Task StartsAPaymentIntentInTheStoreCurrencyInMinorUnitsAndReturnsTheClientSecret()
    {
        var request = StripeStore.Request(1234.5m, Guid.NewGuid().ToString("N"));

        var result = await _store.StartAsync(request);

        Assert.Equal(PaymentStatus.Pending, result.Status);
        var intent = _store.Stripe.Intent(result.ProviderReference);
        Assert.Equal(123450, intent["amount"]!.GetValue<long>());
        Assert.Equal("sek", intent["currency"]!.GetValue<string>());
        Assert.Equal(request.OrderNumber, intent["metadata"]!["order_number"]!.GetValue<string>());
        Assert.Equal(intent["client_secret"]!.GetValue<string>(), result.NextAction["client_secret"]);
        Assert.Equal("pk_test_public", result.NextAction["publishable_key"]);
        var record = await _store.RecordAsync(result.ProviderReference);
        Assert.Equal(123450, record.AmountMinor);
        Assert.Equal(PaymentStatus.Pending, record.Status);
    }

    [Fact]
    public async Task RetryWithTheSameIdempotencyKeyCreatesNoSecondIntent()
    {
        var request = StripeStore.Request(99m, Guid.NewGuid().ToString("N"));

        var first = await _store.StartAsync(request);
        var second = await _store.StartAsync(request);

        Assert.Equal(first.ProviderReference, second.ProviderReference);
        Assert.Single(_store.Stripe.CallsFor(request.IdempotencyKey), c => c == "POST /v1/payment_intents");
    }

    [Fact]
    public async Task ThreeDSecureIsANextActionAndTheWebhookCompletesThePayment()
    {
        var request = StripeStore.Request(499m, Guid.NewGuid().ToString("N"));
        var started = await _store.StartAsync(request);

        var confirmed = await ConfirmAsync(started, "pm_card_threeDSecure2Required");
        Assert.Equal("Pending", confirmed.GetProperty("status").GetString());
        Assert.Equal("stripe_authenticate", confirmed.GetProperty("nextAction").GetProperty("type").GetString());
        Assert.StartsWith("https://hooks.stripe.test/3d_secure_2/", confirmed.GetProperty("nextAction").GetProperty("redirect_url").GetString(), StringComparison.Ordinal);

        var authenticated = _store.Stripe.SetStatus(started.ProviderReference, "succeeded");
        var response = await _store.Webhooks().SendAsync("evt_" + Guid.NewGuid().ToString("N"), "payment_intent.succeeded", authenticated);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(PaymentStatus.Succeeded, (await _store.RecordAsync(started.ProviderReference)).Status);
        Assert.Equal([PaymentStatus.Succeeded], PaymentEventRecorder.For(request.OrderId));
    }

    [Fact]
    public async Task DeclinedCardIsRecordedAsFailedWithStripesMessage()
    {
        var started = await _store.StartAsync(StripeStore.Request(20m, Guid.NewGuid().ToString("N")));

        var confirmed = await ConfirmAsync(started, "pm_card_chargeDeclined");

        Assert.Equal("Failed", confirmed.GetProperty("status").GetString());
        Assert.Equal("Your card was declined.", confirmed.GetProperty("error").GetString());
        Assert.Equal(PaymentStatus.Failed, (await _store.RecordAsync(started.ProviderReference)).Status);
    }

    [Fact]
    public async Task ConfirmWithoutTheIntentsClientSecretIsNotFound()
    {
        var started = await _store.StartAsync(StripeStore.Request(20m, Guid.NewGuid().ToString("N")));

        var response = await _store.Tenant.CreateClient().PostAsJsonAsync($"api/payments/stripe/intents/{started.ProviderReference}/confirm",
            new { clientSecret = "pi_guess_secret_wrong", paymentMethod = "pm_card_visa" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("requires_payment_method", _store.Stripe.Intent(started.ProviderReference)["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task RefundsPartlyThenFullyAndRefusesMoreThanWasPaid()
    {
        var started = await _store.StartAsync(StripeStore.Request(300m, Guid.NewGuid().ToString("N")));
        await ConfirmAsync(started, "pm_card_visa");

        var partial = await _store.RefundAsync(started.ProviderReference, 100m, "refund-1");
        var again = await _store.RefundAsync(started.ProviderReference, 100m, "refund-1");
        Assert.Equal(PaymentStatus.PartiallyRefunded, partial.Status);
        Assert.Equal(PaymentStatus.PartiallyRefunded, again.Status);
        Assert.Equal(10000, (await _store.RecordAsync(started.ProviderReference)).RefundedMinor);

        var rest = await _store.RefundAsync(started.ProviderReference, 200m, "refund-2");
        Assert.Equal(PaymentStatus.Refunded, rest.Status);
        Assert.Equal(30000, _store.Stripe.Intent(started.ProviderReference)["amount_refunded"]!.GetValue<long>());

        var tooMuch = await Assert.ThrowsAsync<Multistore.Payments.Services.PaymentRefusedException>(() => _store.RefundAsync(started.ProviderReference, 1m, "refund-3"));
        Assert.Contains("Refunded", tooMuch.Message, StringComparison.Ordinal);
    }

    private async Task<JsonElement> ConfirmAsync(PaymentResult started, string paymentMethod)
    {
        var response = await _store.Tenant.CreateClient().PostAsJsonAsync($"api/payments/stripe/intents/{started.ProviderReference}/confirm",
            new { clientSecret = started.NextAction["client_secret"], paymentMethod, returnUrl = "https://shop.test/return" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}

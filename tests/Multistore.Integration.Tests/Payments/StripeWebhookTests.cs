using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Commerce;
using Multistore.Payments.Services;
using Multistore.Payments.Stripe.Testing;

namespace Multistore.Integration.Tests.Payments;

public sealed class StripeWebhookTests : IAsyncLifetime
{
    private StripeStore _store = null!;

    public async Task InitializeAsync() => _store = await StripeStore.CreateAsync();

    public async Task DisposeAsync() => await _store.Stripe.DisposeAsync();

    [Fact]
    public async Task WebhookWithABadSignatureIsRejectedAndChangesNothing()
    {
        var started = await _store.StartAsync(StripeStore.Request(150m, Guid.NewGuid().ToString("N")));
        var payload = StripeWebhookSender.Payload("evt_" + Guid.NewGuid().ToString("N"), "payment_intent.succeeded", _store.Stripe.SetStatus(started.ProviderReference, "succeeded"));
        var webhooks = _store.Webhooks();

        var wrongSecret = await webhooks.SendAsync(payload, StripeWebhookSender.Sign(payload, "whsec_someoneElse", DateTimeOffset.UtcNow));
        var tampered = await webhooks.SendAsync(payload.Replace("15000", "1", StringComparison.Ordinal), StripeWebhookSender.Sign(payload, StripeStore.WebhookSecret, DateTimeOffset.UtcNow));
        var stale = await webhooks.SendAsync(payload, StripeWebhookSender.Sign(payload, StripeStore.WebhookSecret, DateTimeOffset.UtcNow.AddHours(-1)));
        var unsigned = await webhooks.SendAsync(payload, "");

        Assert.All([wrongSecret, tampered, stale, unsigned], r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        Assert.Equal(PaymentStatus.Pending, (await _store.RecordAsync(started.ProviderReference)).Status);
    }

    [Fact]
    public async Task ReplayedWebhookChangesNothing()
    {
        var request = StripeStore.Request(250m, Guid.NewGuid().ToString("N"));
        var started = await _store.StartAsync(request);
        var webhooks = _store.Webhooks();
        await webhooks.SendAsync("evt_" + Guid.NewGuid().ToString("N"), "payment_intent.succeeded", _store.Stripe.SetStatus(started.ProviderReference, "succeeded"));
        var refundEvent = StripeWebhookSender.Payload("evt_" + Guid.NewGuid().ToString("N"), "charge.refunded", new()
        {
            ["id"] = "ch_" + Guid.NewGuid().ToString("N")[..20], ["object"] = "charge", ["amount"] = 25000, ["amount_refunded"] = 5000,
            ["payment_intent"] = started.ProviderReference, ["currency"] = "sek", ["refunded"] = false,
        });

        var first = await webhooks.SendAsync(refundEvent);
        var replay = await webhooks.SendAsync(refundEvent);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        var record = await _store.RecordAsync(started.ProviderReference);
        Assert.Equal(5000, record.RefundedMinor);
        Assert.Single(record.Refunds);
        Assert.Equal([PaymentStatus.Succeeded, PaymentStatus.PartiallyRefunded], PaymentEventRecorder.For(request.OrderId));
    }

    [Fact]
    public async Task PaymentFailedWebhookKeepsTheDeclineReasonAsOurOwnSentence()
    {
        var request = StripeStore.Request(95m, Guid.NewGuid().ToString("N"));
        var started = await _store.StartAsync(request);
        var failed = _store.Stripe.SetStatus(started.ProviderReference, "requires_payment_method");
        failed["last_payment_error"] = new System.Text.Json.Nodes.JsonObject
        {
            ["type"] = "card_error", ["code"] = "card_declined", ["decline_code"] = "insufficient_funds",
            ["message"] = "Your card has insufficient funds. (request req_internal_42)",
        };

        var response = await _store.Webhooks().SendAsync("evt_" + Guid.NewGuid().ToString("N"), "payment_intent.payment_failed", failed);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var published = Assert.Single(PaymentEventRecorder.EventsFor(request.OrderId));
        Assert.Equal(PaymentStatus.Failed, published.Status);
        Assert.Equal("Your card has insufficient funds.", published.Error);
    }

    [Fact]
    public async Task EventsOutOfOrderNeverMoveAPaymentBackwards()
    {
        var request = StripeStore.Request(80m, Guid.NewGuid().ToString("N"));
        var started = await _store.StartAsync(request);
        var processing = _store.Stripe.SetStatus(started.ProviderReference, "processing");
        var succeeded = _store.Stripe.SetStatus(started.ProviderReference, "succeeded");
        var webhooks = _store.Webhooks();

        await webhooks.SendAsync("evt_" + Guid.NewGuid().ToString("N"), "payment_intent.succeeded", succeeded);
        var late = await webhooks.SendAsync("evt_" + Guid.NewGuid().ToString("N"), "payment_intent.processing", processing);

        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        var record = await _store.RecordAsync(started.ProviderReference);
        Assert.Equal(PaymentStatus.Succeeded, record.Status);
        Assert.Equal([PaymentStatus.Succeeded], PaymentEventRecorder.For(request.OrderId));
        var history = await _store.WithAsync(sp => sp.GetRequiredService<PaymentLedger>().HistoryAsync(record.Id, CancellationToken.None));
        Assert.DoesNotContain(history, h => h.From == PaymentStatus.Succeeded);
    }
}

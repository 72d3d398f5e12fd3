using Microsoft.Extensions.Logging;
using Multistore.Payments.Stripe.Domain;
using Stripe;

namespace Multistore.Payments.Stripe.Services;

/// <summary>Verifies a webhook's signature, then handles its event once, whatever order events arrive in.</summary>
internal sealed class StripeWebhookHandler(StripeSecretStore secrets, StripeEventLog log, StripePaymentSync sync, TimeProvider clock, ILogger<StripeWebhookHandler> logger)
{
    /// <summary>Seconds a signed timestamp stays valid, as Stripe's own libraries default to: replays older than this fail.</summary>
    public const long Tolerance = 300;

    public async Task<StripeWebhookOutcome> HandleAsync(string payload, string? signature, CancellationToken cancellationToken)
    {
        var secret = await secrets.WebhookSecretAsync(cancellationToken);
        if (secret is null)
        {
            return StripeWebhookOutcome.NotConfigured;
        }

        var verdict = StripeSignature.Check(payload, signature, secret, clock.GetUtcNow(), Tolerance);
        if (verdict != StripeWebhookOutcome.Handled)
        {
            logger.LogWarning("Rejected a Stripe webhook: {Verdict}", verdict);
            return verdict;
        }

        Event stripeEvent;
        try
        {
            stripeEvent = EventUtility.ParseEvent(payload, throwOnApiVersionMismatch: false);
        }
        catch (StripeException)
        {
            logger.LogWarning("Rejected a Stripe webhook: its signed payload is not a Stripe event");
            return StripeWebhookOutcome.MalformedSignature;
        }

        if (!await log.TryClaimAsync(stripeEvent.Id, stripeEvent.Type, cancellationToken))
        {
            return StripeWebhookOutcome.Duplicate;
        }

        try
        {
            await ApplyAsync(stripeEvent, cancellationToken);
            return StripeWebhookOutcome.Handled;
        }
        catch
        {
            await log.ReleaseAsync(stripeEvent.Id, CancellationToken.None);
            throw;
        }
    }

    private async Task ApplyAsync(Event stripeEvent, CancellationToken cancellationToken)
    {
        var cause = $"stripe:{stripeEvent.Id}";
        switch (stripeEvent.Data.Object)
        {
            case PaymentIntent intent when stripeEvent.Type.StartsWith("payment_intent.", StringComparison.Ordinal):
                await sync.ApplyAsync(intent, cause, cancellationToken);
                break;
            case Charge charge when stripeEvent.Type == EventTypes.ChargeRefunded:
                await sync.ApplyRefundAsync(charge, stripeEvent.Id, cancellationToken);
                break;
            default:
                logger.LogDebug("Stripe event {Type} needs nothing from us", stripeEvent.Type);
                break;
        }
    }
}

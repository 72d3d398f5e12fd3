using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Multistore.Payments.Stripe.Domain;
using Multistore.Payments.Stripe.Settings;
using Multistore.Settings;
using Stripe;

namespace Multistore.Payments.Stripe.Services;

/// <summary>
/// Handles Stripe refusing the store rather than the card (authentication, invalid request, API or connection
/// errors): logged for the store's staff (the recent errors page lists it) with Stripe's type and code only, since
/// its text may repeat the key. When the fault is the store's setup, cards are taken out of the offer until the
/// settings are saved again, so no other shopper places an order that cannot be paid: a refused key or permission
/// anywhere, any refusal of a new intent (nothing the shopper sent is in it). A refusal of what a shopper sent
/// (an unknown payment method) or a passing fault (Stripe down, rate limited) pauses nothing: a shopper could
/// otherwise switch a store's cards off.
/// </summary>
internal sealed class StripeSetupFailures(ISiteSettingsStore store, IOptions<StripeSettings> settings, TimeProvider clock, ILogger<StripeSetupFailures> logger)
{
    public async Task ReportAsync(StripeException exception, string attempted, bool withShopperInput, CancellationToken cancellationToken)
    {
        var error = exception.StripeError;
        var pause = IsSetupFault(exception, withShopperInput);
        logger.LogError("Stripe refused the store while it tried to {Attempted}: {Type} {Code} (HTTP {Status}, request {RequestId}).{Pause}",
            attempted, error?.Type ?? "connection_error", error?.Code, (int)exception.HttpStatusCode, exception.StripeResponse?.RequestId,
            pause ? " Card payments are paused until the Stripe settings are saved again." : "");
        if (!pause || settings.Value.Paused is not null)
        {
            return;
        }

        var paused = new StripeSettings
        {
            PublishableKey = settings.Value.PublishableKey,
            HasSecretKey = settings.Value.HasSecretKey,
            Paused = new StripePause(clock.GetUtcNow(), error?.Type ?? "connection_error", error?.Code),
        };
        await store.SaveAsync(StripeSettings.GroupName, JsonSerializer.SerializeToElement(paused), cancellationToken);
    }

    public static bool IsSetupFault(StripeException exception, bool withShopperInput) =>
        exception.HttpStatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
        || exception.StripeError?.Type is "authentication_error" or "permission_error"
        || exception.StripeError?.Code?.StartsWith("api_key", StringComparison.Ordinal) == true
        || (!withShopperInput && exception.StripeError?.Type == "invalid_request_error" && exception.HttpStatusCode != HttpStatusCode.TooManyRequests);
}

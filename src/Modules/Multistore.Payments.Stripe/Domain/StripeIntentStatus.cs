using Multistore.Commerce;
using Stripe;

namespace Multistore.Payments.Stripe.Domain;

/// <summary>Reads a PaymentIntent's state as ours. A declined attempt leaves it requiring a new payment method with the error set: Failed.</summary>
internal static class StripeIntentStatus
{
    public static PaymentStatus Of(PaymentIntent intent) => intent.Status switch
    {
        "succeeded" => PaymentStatus.Succeeded,
        "requires_capture" => PaymentStatus.Authorized,
        "canceled" => PaymentStatus.Failed,
        "requires_payment_method" when intent.LastPaymentError is not null => PaymentStatus.Failed,
        _ => PaymentStatus.Pending,
    };

    /// <summary>
    /// What the touchpoint does next, as the intent stands: confirm with Stripe.js (client secret), finish 3-D Secure,
    /// or after a decline try again with another card (same secret); nothing once the payment is through.
    /// </summary>
    public static IReadOnlyDictionary<string, string> NextAction(PaymentIntent intent, string publishableKey)
    {
        var action = new Dictionary<string, string>
        {
            ["type"] = Of(intent) == PaymentStatus.Failed ? "stripe_retry" : intent.Status == "requires_action" ? "stripe_authenticate" : "stripe_confirm",
            ["payment_intent"] = intent.Id,
            ["client_secret"] = intent.ClientSecret ?? "",
            ["publishable_key"] = publishableKey,
        };
        if (intent.NextAction?.RedirectToUrl?.Url is { } url)
        {
            action["redirect_url"] = url;
        }

        return Of(intent) is PaymentStatus.Pending or PaymentStatus.Failed ? action : new Dictionary<string, string>();
    }
}

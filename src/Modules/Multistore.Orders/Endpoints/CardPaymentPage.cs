using Microsoft.AspNetCore.Http;
using Multistore.Orders.Models;
using Multistore.Orders.Services;

namespace Multistore.Orders.Endpoints;

/// <summary>
/// Turns an order whose card payment awaits the shopper (placed, or declined and open to another try) into the
/// payment form of its page, and gives that page, and only that page, a Content-Security-Policy that lets Stripe.js
/// and its frames in: Stripe requires the script from js.stripe.com, its card fields and 3-D Secure run in frames of
/// js.stripe.com and hooks.stripe.com, and it talks to api.stripe.com.
/// </summary>
public static class CardPaymentPage
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self' https://js.stripe.com; frame-src https://js.stripe.com https://hooks.stripe.com; "
        + "connect-src 'self' https://api.stripe.com; img-src 'self' data: https:; style-src 'self' 'unsafe-inline'; "
        + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static readonly HashSet<string> AwaitingCard = ["stripe_confirm", "stripe_authenticate", PaymentNextAction.RetryType];

    public static CardPaymentForm? For(OrderView order, HttpRequest request, string? token)
    {
        if (order.Status is not (nameof(OrderStatus.Pending) or nameof(OrderStatus.PaymentFailed))
            || order.Payment is not { Status: "Pending" or "Failed" } payment
            || !payment.NextAction.TryGetValue("type", out var type) || !AwaitingCard.Contains(type)
            || !payment.NextAction.TryGetValue("client_secret", out var secret) || secret.Length == 0
            || !payment.NextAction.TryGetValue("payment_intent", out var intent)
            || !payment.NextAction.TryGetValue("publishable_key", out var publishable) || publishable.Length == 0)
        {
            return null;
        }

        var page = $"{request.PathBase}/orders/{Uri.EscapeDataString(order.Number)}";
        var query = token is null ? "" : $"?token={Uri.EscapeDataString(token)}";
        return new CardPaymentForm(publishable, secret, intent, $"{request.Scheme}://{request.Host}{page}{query}",
            $"{request.PathBase}/api/payments/stripe/intents/{Uri.EscapeDataString(intent)}/refresh");
    }
}

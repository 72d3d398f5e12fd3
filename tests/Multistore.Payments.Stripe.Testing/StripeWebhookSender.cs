using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Multistore.Payments.Stripe.Testing;

/// <summary>Sends webhook events to a store signed exactly as Stripe signs them: <c>t=..,v1=HMAC-SHA256(secret, "{t}.{payload}")</c>.</summary>
public sealed class StripeWebhookSender(HttpClient store, string signingSecret)
{
    public static string Payload(string eventId, string type, JsonObject dataObject) => new JsonObject
    {
        ["id"] = eventId,
        ["object"] = "event",
        ["api_version"] = "2025-01-27.acacia",
        ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        ["type"] = type,
        ["livemode"] = false,
        ["pending_webhooks"] = 1,
        ["data"] = new JsonObject { ["object"] = dataObject.DeepClone() },
        ["request"] = new JsonObject { ["id"] = null, ["idempotency_key"] = null },
    }.ToJsonString();

    public static string Sign(string payload, string secret, DateTimeOffset at)
    {
        var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var hash = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{payload}"));
        return $"t={timestamp},v1={Convert.ToHexStringLower(hash)}";
    }

    public Task<HttpResponseMessage> SendAsync(string payload, string? signature = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "webhooks/stripe") { Content = new StringContent(payload, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Stripe-Signature", signature ?? Sign(payload, signingSecret, DateTimeOffset.UtcNow));
        return store.SendAsync(request);
    }

    public Task<HttpResponseMessage> SendAsync(string eventId, string type, JsonObject dataObject) => SendAsync(Payload(eventId, type, dataObject));
}

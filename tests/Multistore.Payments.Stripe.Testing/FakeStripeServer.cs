using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Multistore.Payments.Stripe.Testing;

/// <summary>
/// A Kestrel server on 127.0.0.1 that answers the Stripe API calls Stripe.net makes for payment intents and
/// refunds, the way Stripe answers them: form-encoded requests, JSON objects, idempotency keys, error objects.
/// Payment methods follow Stripe's test cards: pm_card_visa succeeds, pm_card_threeDSecure2Required needs
/// authentication (its challenge page is <see cref="ThreeDSecureChallenge"/>), pm_card_visa_chargeDeclinedInsufficientFunds
/// is declined for insufficient funds, any other is declined, pm_echo_key answers an error that repeats the caller's API
/// key (as a hostile or misconfigured endpoint might). A browser may call it as it calls api.stripe.com (publishable key
/// and client secret in the form, any origin allowed). Only the host's configuration says where Stripe is, so one server
/// (<see cref="Shared"/>, at <c>Multistore:Stripe:ApiBase</c> of every test host) serves every store of the run;
/// intents have unique ids and <see cref="CallsFor"/> tells one caller's requests by their idempotency key.
/// </summary>
public sealed class FakeStripeServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, JsonObject> _intents = new();
    private readonly ConcurrentDictionary<string, string> _idempotent = new();
    private readonly ConcurrentQueue<(string Call, string Key)> _calls = new();

    private static readonly Lazy<FakeStripeServer> SharedServer = new(() => StartAsync().GetAwaiter().GetResult());

    private FakeStripeServer(WebApplication app) => _app = app;

    public string BaseAddress => _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    public static FakeStripeServer Shared => SharedServer.Value;

    /// <summary>The requests sent with one idempotency key (a payment's or a refund's), as "METHOD /path".</summary>
    public IReadOnlyList<string> CallsFor(string idempotencyKey) => [.. _calls.Where(c => c.Key == idempotencyKey).Select(c => c.Call)];

    private static async Task<FakeStripeServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var server = new FakeStripeServer(builder.Build());
        server.Map();
        await server._app.StartAsync();
        return server;
    }

    public JsonObject Intent(string id) => _intents[id];

    /// <summary>Sets an intent's state as Stripe would after something happened outside the API (a bank, the dashboard).</summary>
    public JsonObject SetStatus(string id, string status)
    {
        var intent = _intents[id];
        intent["status"] = status;
        if (status == "succeeded")
        {
            intent["amount_received"] = intent["amount"]!.GetValue<long>();
        }

        return (JsonObject)intent.DeepClone();
    }

    private void Map()
    {
        // Stripe's API answers browsers of any origin: Stripe.js calls it from the shop's pages.
        _app.Use((context, next) =>
        {
            context.Response.Headers.AccessControlAllowOrigin = "*";
            return next(context);
        });
        ThreeDSecureChallenge.Map(_app, _intents);
        _app.MapPost("/v1/payment_intents", (HttpRequest request) => Idempotent(request, form =>
        {
            var id = "pi_" + Guid.NewGuid().ToString("N")[..24];
            var intent = new JsonObject
            {
                ["id"] = id,
                ["object"] = "payment_intent",
                ["amount"] = long.Parse(form["amount"], System.Globalization.CultureInfo.InvariantCulture),
                ["amount_received"] = 0,
                ["currency"] = form["currency"],
                ["status"] = "requires_payment_method",
                ["client_secret"] = $"{id}_secret_{Guid.NewGuid():N}",
                ["description"] = form.GetValueOrDefault("description"),
                ["livemode"] = false,
                ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                ["metadata"] = new JsonObject(form.Where(f => f.Key.StartsWith("metadata[", StringComparison.Ordinal))
                    .Select(f => KeyValuePair.Create<string, JsonNode?>(f.Key[9..^1], f.Value))),
            };
            _intents[id] = intent;
            return Results.Content(intent.ToJsonString(), "application/json");
        }));

        _app.MapGet("/v1/payment_intents/{id}", (string id) =>
        {
            _calls.Enqueue(($"GET /v1/payment_intents/{id}", ""));
            return _intents.TryGetValue(id, out var intent) ? Results.Content(intent.ToJsonString(), "application/json") : NotFound(id);
        });

        _app.MapPost("/v1/payment_intents/{id}/confirm", (string id, HttpRequest request) => Idempotent(request, form =>
            _intents.TryGetValue(id, out var intent) && Owned(intent, form)
                ? Confirm(intent, form, request.Headers.Authorization.ToString())
                : NotFound(id)));

        _app.MapPost("/v1/refunds", (HttpRequest request) => Idempotent(request, form =>
        {
            var intent = _intents[form["payment_intent"]];
            var amount = form.TryGetValue("amount", out var requested) ? long.Parse(requested, System.Globalization.CultureInfo.InvariantCulture) : intent["amount"]!.GetValue<long>();
            var refunded = intent["amount_refunded"]?.GetValue<long>() ?? 0;
            if (intent["status"]!.GetValue<string>() != "succeeded" || refunded + amount > intent["amount"]!.GetValue<long>())
            {
                return Error(400, "invalid_request_error", "charge_already_refunded", "Refund amount is greater than the unrefunded amount.");
            }

            intent["amount_refunded"] = refunded + amount;
            var refund = new JsonObject { ["id"] = "re_" + Guid.NewGuid().ToString("N")[..24], ["object"] = "refund", ["amount"] = amount, ["payment_intent"] = intent["id"]!.GetValue<string>(), ["status"] = "succeeded", ["currency"] = intent["currency"]!.GetValue<string>() };
            return Results.Content(refund.ToJsonString(), "application/json");
        }));
    }

    /// <summary>A browser (publishable key) must show the intent's client secret; a server's secret key may act on any intent.</summary>
    private static bool Owned(JsonObject intent, Dictionary<string, string> form) =>
        !form.TryGetValue("client_secret", out var secret) || secret == intent["client_secret"]!.GetValue<string>();

    private static IResult Confirm(JsonObject intent, Dictionary<string, string> form, string authorization)
    {
        var paymentMethod = form["payment_method"];
        switch (paymentMethod)
        {
            case "pm_echo_key":
                return Error(401, "invalid_request_error", "api_key_invalid", $"Invalid API Key provided: {authorization.Replace("Bearer ", "", StringComparison.Ordinal)}");
            case "pm_card_visa":
                intent["status"] = "succeeded";
                intent["amount_received"] = intent["amount"]!.GetValue<long>();
                break;
            case "pm_card_threeDSecure2Required":
                intent["status"] = "requires_action";
                intent["next_action"] = new JsonObject { ["type"] = "redirect_to_url", ["redirect_to_url"] = new JsonObject { ["url"] = ThreeDSecureChallenge.Url(intent["id"]!.GetValue<string>()), ["return_url"] = form.GetValueOrDefault("return_url") ?? "https://shop.test/return" } };
                break;
            case "pm_card_visa_chargeDeclinedInsufficientFunds":
                return Decline(intent, "insufficient_funds", "Your card has insufficient funds.");
            default:
                return Decline(intent, "generic_decline", "Your card was declined.");
        }

        intent["payment_method"] = paymentMethod;
        return Results.Content(intent.ToJsonString(), "application/json");
    }

    /// <summary>Stripe replays the first answer to a repeated idempotency key instead of acting twice.</summary>
    private async Task<IResult> Idempotent(HttpRequest request, Func<Dictionary<string, string>, IResult> handle)
    {
        var form = (await request.ReadFormAsync()).ToDictionary(f => f.Key, f => f.Value.ToString());
        var key = request.Headers["Idempotency-Key"].ToString();
        _calls.Enqueue(($"{request.Method} {request.Path}", key));
        // Stripe keeps keys per account; every test store shares one server, so a refund's key is kept per intent.
        var cacheKey = $"{request.Path}|{key}|{form.GetValueOrDefault("payment_intent")}";
        if (key.Length > 0 && _idempotent.TryGetValue(cacheKey, out var earlier))
        {
            return Results.Content(earlier, "application/json");
        }

        var result = handle(form);
        if (key.Length > 0 && result is IContentTypeHttpResult and Microsoft.AspNetCore.Http.HttpResults.ContentHttpResult { StatusCode: null or 200 } content)
        {
            _idempotent[cacheKey] = content.ResponseContent!;
        }

        return result;
    }

    /// <summary>A declined card leaves the intent waiting for another payment method, with the decline as its last error.</summary>
    private static IResult Decline(JsonObject intent, string declineCode, string message)
    {
        var error = new JsonObject { ["type"] = "card_error", ["code"] = "card_declined", ["decline_code"] = declineCode, ["message"] = message };
        intent["status"] = "requires_payment_method";
        intent["last_payment_error"] = error.DeepClone();
        error["payment_intent"] = intent.DeepClone();
        return Results.Content(new JsonObject { ["error"] = error }.ToJsonString(), "application/json", statusCode: 402);
    }

    private static IResult NotFound(string id) => Error(404, "invalid_request_error", "resource_missing", $"No such payment_intent: '{id}'");

    private static IResult Error(int status, string type, string code, string message) =>
        Results.Content(new JsonObject { ["error"] = new JsonObject { ["type"] = type, ["code"] = code, ["message"] = message } }.ToJsonString(), "application/json", statusCode: status);

    /// <summary>The shared server lives as long as the test run; a test class letting go of it leaves it running.</summary>
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

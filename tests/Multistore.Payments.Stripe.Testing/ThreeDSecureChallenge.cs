using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace Multistore.Payments.Stripe.Testing;

/// <summary>
/// The bank's 3-D Secure page of an intent that requires action, like Stripe's test page: the shopper completes or
/// fails the authentication, the intent moves as Stripe moves it (succeeded, or back to requires_payment_method with
/// an authentication failure), and the browser goes back to the intent's return_url with <c>payment_intent</c>,
/// <c>payment_intent_client_secret</c> and <c>redirect_status</c>, as Stripe sends it back. Browsers reach it at
/// <see cref="Url"/> (a browser test routes that host to the fake server).
/// </summary>
internal static class ThreeDSecureChallenge
{
    public static string Url(string intentId) => $"https://hooks.stripe.test/3d_secure_2/{intentId}";

    public static void Map(WebApplication app, ConcurrentDictionary<string, JsonObject> intents)
    {
        app.MapGet("/3d_secure_2/{id}", (string id) => intents.TryGetValue(id, out var intent) && Waiting(intent)
            ? Results.Content(Page(id, intent["amount"]!.GetValue<long>(), intent["currency"]!.GetValue<string>()), "text/html; charset=utf-8")
            : Results.NotFound());

        app.MapPost("/3d_secure_2/{id}", async (string id, HttpRequest request) =>
        {
            if (!intents.TryGetValue(id, out var intent) || !Waiting(intent))
            {
                return Results.NotFound();
            }

            var completed = (await request.ReadFormAsync())["outcome"] == "complete";
            var returnUrl = intent["next_action"]!["redirect_to_url"]!["return_url"]!.GetValue<string>();
            intent["next_action"] = null;
            if (completed)
            {
                intent["status"] = "succeeded";
                intent["amount_received"] = intent["amount"]!.GetValue<long>();
            }
            else
            {
                intent["status"] = "requires_payment_method";
                intent["last_payment_error"] = new JsonObject { ["type"] = "invalid_request_error", ["code"] = "payment_intent_authentication_failure", ["message"] = "The provided PaymentMethod has failed authentication." };
            }

            var back = QueryHelpers.AddQueryString(returnUrl, new Dictionary<string, string?>
            {
                ["payment_intent"] = id,
                ["payment_intent_client_secret"] = intent["client_secret"]!.GetValue<string>(),
                ["redirect_status"] = completed ? "succeeded" : "failed",
            });
            return Results.Content($"""<!doctype html><meta http-equiv="refresh" content="0;url={WebUtility.HtmlEncode(back)}"><title>Returning to the shop</title>""", "text/html; charset=utf-8");
        });
    }

    private static bool Waiting(JsonObject intent) => intent["status"]?.GetValue<string>() == "requires_action";

    private static string Page(string id, long amount, string currency) => $$"""
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>3D Secure 2 Test Page</title>
        <style>body{font-family:sans-serif;max-width:28rem;margin:4rem auto;text-align:center}button{margin:.5rem;padding:.6rem 1.2rem}</style></head>
        <body><h1>3D Secure 2 Test Page</h1>
        <p>Confirm the payment of {{(amount / 100m).ToString("0.00", CultureInfo.InvariantCulture)}} {{currency.ToUpperInvariant()}} for <code>{{WebUtility.HtmlEncode(id)}}</code>.</p>
        <form method="post"><button name="outcome" value="complete">Complete authentication</button><button name="outcome" value="fail">Fail authentication</button></form>
        </body></html>
        """;
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Multistore.Http;
using Multistore.Payments.Stripe.Domain;
using Multistore.Payments.Stripe.Services;

namespace Multistore.Payments.Stripe.Endpoints;

public static class StripeWebhookEndpoints
{
    /// <summary>Stripe's largest events are well under this; anything bigger is not from Stripe.</summary>
    private const int MaxPayloadChars = 512 * 1024;

    /// <summary><c>POST /webhooks/stripe</c> on the tenant's own host or prefix: each store registers its own endpoint in Stripe.</summary>
    public static IEndpointRouteBuilder MapStripeWebhookEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/webhooks/stripe", async Task<Results<Ok, ProblemHttpResult>> (HttpRequest request, StripeWebhookHandler handler, CancellationToken cancellationToken) =>
        {
            using var reader = new StreamReader(request.Body);
            var buffer = new char[MaxPayloadChars + 1];
            var read = await reader.ReadBlockAsync(buffer, cancellationToken);
            if (read > MaxPayloadChars)
            {
                return TypedResults.Problem("The webhook payload is too large.", statusCode: StatusCodes.Status413PayloadTooLarge);
            }

            var outcome = await handler.HandleAsync(new string(buffer, 0, read), request.Headers["Stripe-Signature"], cancellationToken);
            return outcome switch
            {
                StripeWebhookOutcome.MissingSignature => Refused("Missing signature", "The request has no Stripe-Signature header."),
                StripeWebhookOutcome.MalformedSignature => Refused("Malformed signature", "The Stripe-Signature header is not of the form t=timestamp,v1=signature, or what it signs is not a Stripe event."),
                StripeWebhookOutcome.BadSignature => Refused("Invalid signature", "The Stripe-Signature header does not match this store's webhook signing secret."),
                StripeWebhookOutcome.TimestampOutsideTolerance => Refused("Timestamp outside tolerance", $"The signature matches, but its timestamp is more than {StripeWebhookHandler.Tolerance} seconds from this server's clock: a replayed event, or a clock that is off."),
                StripeWebhookOutcome.NotConfigured => TypedResults.Problem("This store has no Stripe webhook signing secret.", statusCode: StatusCodes.Status404NotFound),
                _ => TypedResults.Ok(),
            };
        }).WithName("StripeWebhook").DisableAntiforgery().WithBodyCap(1024 * 1024);
        return endpoints;
    }

    private static ProblemHttpResult Refused(string title, string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: title);
}

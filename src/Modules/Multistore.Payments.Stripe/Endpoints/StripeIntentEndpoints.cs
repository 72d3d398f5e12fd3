using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Multistore.Commerce;
using Multistore.Payments.Stripe.Services;
using Stripe;

namespace Multistore.Payments.Stripe.Endpoints;

public static class StripeIntentEndpoints
{
    public static IEndpointRouteBuilder MapStripeIntentEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var intents = endpoints.MapGroup("/api/payments/stripe/intents/{intentId}").DisableAntiforgery();

        intents.MapPost("/confirm", async Task<Results<Ok<PaymentResult>, NotFound, ValidationProblem, ProblemHttpResult>> (string intentId, StripeConfirmRequest body, StripeIntentActions actions, ILogger<StripeIntentActions> logger, CancellationToken cancellationToken) =>
        {
            if (string.IsNullOrWhiteSpace(body.PaymentMethod))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["paymentMethod"] = ["is required."] });
            }

            try
            {
                var result = await actions.ConfirmAsync(intentId, body.ClientSecret ?? "", body.PaymentMethod, body.ReturnUrl, cancellationToken);
                return result is null ? TypedResults.NotFound() : TypedResults.Ok(result);
            }
            catch (StripeException exception)
            {
                // Stripe's error text may carry request details (even a key): it goes to the log, the shopper gets a plain answer.
                logger.LogError(exception, "Stripe refused to confirm intent {Intent}: {Type} {Code}", intentId, exception.StripeError?.Type, exception.StripeError?.Code);
                return TypedResults.Problem("The payment could not be confirmed. Please try again or use another card.", statusCode: StatusCodes.Status402PaymentRequired);
            }
        }).WithName("ConfirmStripePayment");

        intents.MapPost("/refresh", async Task<Results<Ok<PaymentResult>, NotFound>> (string intentId, StripeConfirmRequest body, StripeIntentActions actions, CancellationToken cancellationToken) =>
        {
            var result = await actions.RefreshAsync(intentId, body.ClientSecret ?? "", cancellationToken);
            return result is null ? TypedResults.NotFound() : TypedResults.Ok(result);
        }).WithName("RefreshStripePayment");

        return endpoints;
    }
}

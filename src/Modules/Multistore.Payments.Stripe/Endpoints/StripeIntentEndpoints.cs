using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Multistore.Commerce;
using Multistore.Payments.Stripe.Services;
using Stripe;

namespace Multistore.Payments.Stripe.Endpoints;

public static class StripeIntentEndpoints
{
    public static IEndpointRouteBuilder MapStripeIntentEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var intents = endpoints.MapGroup("/api/payments/stripe/intents/{intentId}").DisableAntiforgery();

        intents.MapPost("/confirm", async Task<Results<Ok<PaymentResult>, NotFound, ValidationProblem, ProblemHttpResult>> (string intentId, StripeConfirmRequest body, StripeIntentActions actions, CancellationToken cancellationToken) =>
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
                return TypedResults.Problem(exception.StripeError?.Message ?? exception.Message, statusCode: StatusCodes.Status402PaymentRequired);
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

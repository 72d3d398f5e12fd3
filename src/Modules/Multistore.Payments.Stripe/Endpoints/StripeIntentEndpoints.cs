using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Multistore.Commerce;
using Multistore.Payments.Stripe.Services;
using Stripe;

namespace Multistore.Payments.Stripe.Endpoints;

public static class StripeIntentEndpoints
{
    public static IEndpointRouteBuilder MapStripeIntentEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var intents = endpoints.MapGroup("/api/payments/stripe/intents/{intentId}").DisableAntiforgery();

        intents.MapPost("/confirm", async Task<Results<Ok<PaymentResult>, NotFound, ValidationProblem, ProblemHttpResult>> (string intentId, StripeConfirmRequest body, StripeIntentActions actions, StripeSetupFailures failures, CancellationToken cancellationToken) =>
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
                // Stripe refused the store, not the card: its text may carry request details (even a key), so the
                // shopper gets a plain answer and the staff the type and code.
                await failures.ReportAsync(exception, $"confirm intent {intentId}", withShopperInput: true, CancellationToken.None);
                return TypedResults.Problem("The payment could not be confirmed. Please try again or use another card.", statusCode: StatusCodes.Status402PaymentRequired);
            }
        }).WithName("ConfirmStripePayment");

        intents.MapPost("/refresh", async Task<Results<Ok<PaymentResult>, NotFound, ProblemHttpResult>> (string intentId, StripeConfirmRequest body, StripeIntentActions actions, StripeSetupFailures failures, IStringLocalizer localizer, CancellationToken cancellationToken) =>
        {
            try
            {
                var result = await actions.RefreshAsync(intentId, body.ClientSecret ?? "", cancellationToken);
                // The payment page shows this answer as it is: a decline in the shopper's language.
                return result is null ? TypedResults.NotFound() : TypedResults.Ok(result.Error is null ? result : result with { Error = localizer[result.Error] });
            }
            catch (StripeException exception)
            {
                await failures.ReportAsync(exception, $"read intent {intentId}", withShopperInput: true, CancellationToken.None);
                return TypedResults.Problem("The payment could not be checked. Please try again later.", statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        }).WithName("RefreshStripePayment");

        return endpoints;
    }
}

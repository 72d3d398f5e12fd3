using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Multistore.Checkout.Services;
using Multistore.Commerce;

namespace Multistore.StorefrontApi.Shopping;

/// <summary>Shipping and payment choices and placing the order, through <see cref="ICheckoutService"/> like the checkout page.</summary>
public static class CheckoutEndpoints
{
    public static IEndpointRouteBuilder MapCheckoutEndpoints(this IEndpointRouteBuilder api)
    {
        var carts = api.MapGroup("/carts/{id:guid}").WithTags("Checkout").AddEndpointFilter(CommerceValidationFilter.Instance);
        carts.MapGet("/shipping-methods", ShippingAsync).WithName("ListShippingMethods")
            .WithSummary("Shipping methods for the cart to a country (ISO 3166-1 alpha-2), with their price. A malformed code is a 400; a country the store does not ship to (GET /countries) a 422 problem naming it.");
        carts.MapGet("/payment-methods", PaymentAsync).WithName("ListPaymentMethods")
            .WithSummary("Payment methods offered for the cart; price is the method's fee, if any. Invoice only for a signed-in customer staff approved as a business.");
        carts.MapPost("/checkout", PlaceAsync).WithName("Checkout")
            .WithSummary("Places the order. Send an Idempotency-Key header: the same key on the same cart with the same body returns the same order (200), never a second one; the key with another body is a 422.");
        return api;
    }

    private static async Task<Results<Ok<ApiMethod[]>, ProblemHttpResult, ValidationProblem>> ShippingAsync(
        Guid id, string? country, ICheckoutService checkout, HttpContext context, CancellationToken cancellationToken)
    {
        var code = country?.Trim().ToUpperInvariant() ?? "";
        if (code.Length == 0)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["country"] = ["country is required, e.g. DE."] });
        }

        if (!CountryCode.IsValid(code))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["country"] = [$"'{country}' is not an ISO 3166-1 alpha-2 country code (DE, SE, US)."] },
                title: "The country code is not valid.");
        }

        var served = await checkout.CountriesAsync(cancellationToken);
        if (!served.Any(c => c.Country == code))
        {
            return TypedResults.Problem(
                $"This store does not ship to {code}. It ships to: {string.Join(", ", served.Select(c => c.Country))} (GET /countries).",
                statusCode: StatusCodes.Status422UnprocessableEntity, title: $"The store does not ship to {code}.",
                extensions: new Dictionary<string, object?> { ["country"] = code, ["countries"] = served.Select(c => c.Country).ToArray() });
        }

        var quotes = await checkout.ShippingMethodsAsync(id, new Address { Country = code }, TouchpointFeature.Of(context), cancellationToken);
        return quotes is null ? CartEndpoints.NoSuchCart(id) : TypedResults.Ok(quotes.Select(q => new ApiMethod(q.Code, q.Name, q.Price)).ToArray());
    }

    private static async Task<Results<Ok<ApiMethod[]>, ProblemHttpResult>> PaymentAsync(
        Guid id, ICheckoutService checkout, HttpContext context, CancellationToken cancellationToken)
    {
        var methods = await checkout.PaymentMethodsAsync(id, await CustomerIdentity.CustomerIdAsync(context), cancellationToken);
        return methods is null ? CartEndpoints.NoSuchCart(id) : TypedResults.Ok(methods.Select(m => new ApiMethod(m.Code, m.Name, m.Fee)).ToArray());
    }

    private static async Task<Results<Created<CheckoutResponse>, Ok<CheckoutResponse>, ProblemHttpResult, ValidationProblem>> PlaceAsync(
        Guid id, CheckoutRequest body, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        ICheckoutService checkout, HttpContext context, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(idempotencyKey))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["Idempotency-Key"] = ["Send an Idempotency-Key header, unique per order attempt."] });
        }

        var placed = await checkout.PlaceOrderAsync(new PlaceOrderRequest
        {
            CartId = id,
            IdempotencyKey = idempotencyKey.Trim(),
            Email = body.Email ?? "",
            ShippingAddress = body.ShippingAddress ?? new Address(),
            BillingAddress = body.BillingAddress,
            ShippingMethod = body.ShippingMethod ?? "",
            PaymentMethod = body.PaymentMethod ?? "",
            CustomerId = await CustomerIdentity.CustomerIdAsync(context),
            Touchpoint = TouchpointFeature.Of(context),
        }, cancellationToken);
        if (placed is null)
        {
            return CartEndpoints.NoSuchCart(id);
        }

        var response = new CheckoutResponse(placed.Number, placed.Status, placed.Total, placed.OrderToken, placed.Payment);
        return placed.Replayed
            ? TypedResults.Ok(response)
            : TypedResults.Created($"{context.Request.PathBase}{StorefrontApiRoutes.Base}/orders/{placed.Number}", response);
    }
}

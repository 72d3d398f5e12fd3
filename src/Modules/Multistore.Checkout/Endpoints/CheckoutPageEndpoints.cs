using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Multistore.Commerce;
using Multistore.Cart.Endpoints;
using Multistore.Cart.Services;
using Multistore.Checkout.Models;
using Multistore.Checkout.Services;

namespace Multistore.Checkout.Endpoints;

/// <summary>
/// The checkout page: one form with contact and address, shipping, payment; "Review" shows the totals, "Place order"
/// places it under the form's idempotency key (a double click never orders twice) and shows the confirmation.
/// </summary>
public static class CheckoutPageEndpoints
{
    public static IEndpointRouteBuilder MapCheckoutPages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/checkout", async Task<Results<RedirectHttpResult, ContentHttpResult>> (HttpContext context, [AsParameters] CheckoutPageServices services,
            CancellationToken cancellationToken) =>
        {
            var cart = await CartPageEndpoints.CurrentAsync(context, services.Carts, cancellationToken);
            if (cart is null || cart.Lines.Count == 0)
            {
                return TypedResults.Redirect($"{context.Request.PathBase}/cart");
            }

            if (context.Request.Query["country"].ToString() is { Length: 2 } c)
            {
                return await RenderAsync(context, services, new CheckoutPageState(cart, CheckoutForm.Empty(c.ToUpperInvariant())), cancellationToken);
            }

            var prefill = await CheckoutPrefill.FormAsync(context, services.Checkout, cancellationToken);
            return await RenderAsync(context, services, new CheckoutPageState(cart, prefill.Form) { SavedAddresses = prefill.Choices }, cancellationToken);
        }).WithName("CheckoutPage");

        endpoints.MapPost("/checkout", PostAsync).WithName("CheckoutForm");
        return endpoints;
    }

    private static async Task<Results<BadRequest, RedirectHttpResult, ContentHttpResult>> PostAsync(HttpContext context, [AsParameters] CheckoutPageServices services,
        CancellationToken cancellationToken)
    {
        if (!await services.Antiforgery.IsRequestValidAsync(context))
        {
            return TypedResults.BadRequest();
        }

        var cart = await CartPageEndpoints.CurrentAsync(context, services.Carts, cancellationToken);
        var form = CheckoutForm.Read(await context.Request.ReadFormAsync(cancellationToken));
        if (cart is null)
        {
            return TypedResults.Redirect($"{context.Request.PathBase}/cart");
        }

        var request = new PlaceOrderRequest
        {
            CartId = cart.Id, IdempotencyKey = form.IdempotencyKey, Email = form.Email, ShippingAddress = form.Address,
            ShippingMethod = form.ShippingMethod, PaymentMethod = form.PaymentMethod,
            CustomerId = CartPageEndpoints.CustomerId(context), Touchpoint = TouchpointFeature.Of(context),
        };
        try
        {
            if (context.Request.Form["action"] != "place")
            {
                var quote = await services.Checkout.QuoteAsync(request, cancellationToken);
                return await RenderAsync(context, services, new CheckoutPageState(cart, form) { Review = quote?.Totals }, cancellationToken);
            }

            var placed = (await services.Checkout.PlaceOrderAsync(request, cancellationToken))!;
            CartCookie.Clear(context);
            return TypedResults.Redirect($"{context.Request.PathBase}/orders/{placed.Number}?token={placed.OrderToken}");
        }
        catch (CheckoutValidationException exception)
        {
            var fresh = await services.Carts.GetAsync(cart.Id, cancellationToken) ?? cart;
            var refused = new CheckoutPageState(fresh, form) { Error = exception.Message, ErrorField = exception.Field, Status = StatusCodes.Status400BadRequest };
            return await RenderAsync(context, services, refused, cancellationToken);
        }
        catch (IdempotencyKeyReusedException exception)
        {
            // The form was sent again with other details after its order was placed: a fresh form key starts a new attempt.
            var again = new CheckoutPageState(cart, form with { IdempotencyKey = Guid.NewGuid().ToString("N") })
            {
                Error = exception.Message, ErrorField = "idempotencyKey", Status = StatusCodes.Status422UnprocessableEntity,
            };
            return await RenderAsync(context, services, again, cancellationToken);
        }
    }

    private static async Task<ContentHttpResult> RenderAsync(HttpContext context, CheckoutPageServices services, CheckoutPageState state, CancellationToken cancellationToken)
    {
        var checkout = services.Checkout;
        var countries = await checkout.CountriesAsync(cancellationToken);
        var country = countries.FirstOrDefault(c => c.Country == state.Form.Address.Country) ?? countries[0];
        var shipping = await checkout.ShippingMethodsAsync(state.Cart.Id, state.Form.Address with { Country = country.Country }, TouchpointFeature.Of(context), cancellationToken) ?? [];
        var payment = await checkout.PaymentMethodsAsync(state.Cart.Id, CartPageEndpoints.CustomerId(context), cancellationToken) ?? [];
        var tokens = services.Antiforgery.GetAndStoreTokens(context);
        var page = new CheckoutPage(state.Cart, state.Form, countries, AddressFormats.For(country.Country, CultureInfo.CurrentCulture), shipping, payment,
            Review: state.Review, Error: state.Error, ErrorField: state.ErrorField, AntiforgeryField: tokens.FormFieldName, AntiforgeryToken: tokens.RequestToken!)
        {
            SavedAddresses = state.SavedAddresses,
        };
        return await services.Views.ViewAsync("checkout", page, state.Status);
    }
}

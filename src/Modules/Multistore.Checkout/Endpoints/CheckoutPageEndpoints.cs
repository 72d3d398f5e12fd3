using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Multistore.Commerce;
using Multistore.Cart.Endpoints;
using Multistore.Cart.Services;
using Multistore.Checkout.Models;
using Multistore.Checkout.Services;
using Multistore.Theming;

namespace Multistore.Checkout.Endpoints;

/// <summary>
/// The checkout page: one form with contact and address, shipping, payment; "Review" shows the totals, "Place order"
/// places it under the form's idempotency key (a double click never orders twice) and shows the confirmation.
/// </summary>
public static class CheckoutPageEndpoints
{
    public static IEndpointRouteBuilder MapCheckoutPages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/checkout", async (HttpContext context, ICartService carts, ICheckoutService checkout, IThemeViewRenderer views, IAntiforgery antiforgery, CancellationToken cancellationToken) =>
        {
            var cart = await CartPageEndpoints.CurrentAsync(context, carts, cancellationToken);
            if (cart is null || cart.Lines.Count == 0)
            {
                return Results.Redirect($"{context.Request.PathBase}/cart");
            }

            if (context.Request.Query["country"].ToString() is { Length: 2 } c)
            {
                return await RenderAsync(context, checkout, views, antiforgery, cart, CheckoutForm.Empty(c.ToUpperInvariant()), null, null, null, cancellationToken);
            }

            var prefill = await CheckoutPrefill.FormAsync(context, checkout, cancellationToken);
            return await RenderAsync(context, checkout, views, antiforgery, cart, prefill.Form, null, null, null, cancellationToken, saved: prefill.Choices);
        }).WithName("CheckoutPage");

        endpoints.MapPost("/checkout", async (HttpContext context, ICartService carts, ICheckoutService checkout, IThemeViewRenderer views, IAntiforgery antiforgery, CancellationToken cancellationToken) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return Results.BadRequest();
            }

            var cart = await CartPageEndpoints.CurrentAsync(context, carts, cancellationToken);
            var form = CheckoutForm.Read(await context.Request.ReadFormAsync(cancellationToken));
            if (cart is null)
            {
                return Results.Redirect($"{context.Request.PathBase}/cart");
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
                    var quote = await checkout.QuoteAsync(request, cancellationToken);
                    return await RenderAsync(context, checkout, views, antiforgery, cart, form, quote?.Totals, null, null, cancellationToken);
                }

                var placed = (await checkout.PlaceOrderAsync(request, cancellationToken))!;
                CartCookie.Clear(context);
                return Results.Redirect($"{context.Request.PathBase}/orders/{placed.Number}?token={placed.OrderToken}");
            }
            catch (CheckoutValidationException exception)
            {
                var fresh = await carts.GetAsync(cart.Id, cancellationToken) ?? cart;
                return await RenderAsync(context, checkout, views, antiforgery, fresh, form, null, exception.Message, exception.Field, cancellationToken, StatusCodes.Status400BadRequest);
            }
            catch (IdempotencyKeyReusedException exception)
            {
                // The form was sent again with other details after its order was placed: a fresh form key starts a new attempt.
                return await RenderAsync(context, checkout, views, antiforgery, cart, form with { IdempotencyKey = Guid.NewGuid().ToString("N") }, null,
                    exception.Message, "idempotencyKey", cancellationToken, StatusCodes.Status422UnprocessableEntity);
            }
        }).WithName("CheckoutForm");
        return endpoints;
    }

    private static async Task<IResult> RenderAsync(HttpContext context, ICheckoutService checkout, IThemeViewRenderer views, IAntiforgery antiforgery,
        CartView cart, CheckoutForm form, CheckoutTotals? review, string? error, string? field, CancellationToken cancellationToken, int status = StatusCodes.Status200OK,
        IReadOnlyList<SavedAddressChoice>? saved = null)
    {
        var countries = checkout.Countries();
        var country = countries.FirstOrDefault(c => c.Country == form.Address.Country) ?? countries[0];
        var shipping = await checkout.ShippingMethodsAsync(cart.Id, form.Address with { Country = country.Country }, TouchpointFeature.Of(context), cancellationToken) ?? [];
        var payment = await checkout.PaymentMethodsAsync(cart.Id, CartPageEndpoints.CustomerId(context), cancellationToken) ?? [];
        var tokens = antiforgery.GetAndStoreTokens(context);
        var page = new CheckoutPage(cart, form, countries, AddressFormats.For(country.Country, CultureInfo.CurrentCulture), shipping, payment, review, error, field, tokens.FormFieldName, tokens.RequestToken!)
        {
            SavedAddresses = saved ?? [],
        };
        return await views.ViewAsync("checkout", page, status);
    }
}

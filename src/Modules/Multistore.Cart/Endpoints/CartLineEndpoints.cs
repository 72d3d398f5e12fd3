using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Multistore.Commerce;
using Multistore.Cart.Services;

namespace Multistore.Cart.Endpoints;

/// <summary>
/// The product page's "Add to cart": adds the chosen SKU and shows the cart. Product pages are output-cached for
/// everyone, so they cannot carry a per-visitor antiforgery token; instead the post must come from the store's own
/// pages (<see cref="SameOriginPost"/>).
/// </summary>
public static class CartLineEndpoints
{
    public static IEndpointRouteBuilder MapCartLineEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/cart/lines", async Task<Results<StatusCodeHttpResult, RedirectHttpResult, ContentHttpResult>> (HttpContext context, [AsParameters] CartPageServices services,
            CancellationToken cancellationToken) =>
        {
            if (!SameOriginPost.Is(context.Request))
            {
                return TypedResults.StatusCode(StatusCodes.Status403Forbidden);
            }

            var carts = services.Carts;
            var form = await context.Request.ReadFormAsync(cancellationToken);
            var cart = await CartPageEndpoints.CurrentAsync(context, carts, cancellationToken)
                ?? await carts.CreateAsync(CartPageEndpoints.CustomerId(context), TouchpointFeature.Of(context), cancellationToken);
            CartCookie.Write(context, cart.Id);
            try
            {
                var quantity = int.TryParse(form["quantity"], out var q) ? q : 1;
                await carts.AddLineAsync(cart.Id, form["sku"].ToString(), quantity, TouchpointFeature.Of(context), cancellationToken);
                return TypedResults.Redirect($"{context.Request.PathBase}/cart");
            }
            catch (CartValidationException exception)
            {
                return await CartPageEndpoints.RenderAsync(context, services, await carts.GetAsync(cart.Id, cancellationToken), exception.Message, StatusCodes.Status400BadRequest);
            }
        }).WithName("CartAddLine");
        return endpoints;
    }
}

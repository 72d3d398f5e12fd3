using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Multistore.Cart.Services;
using Multistore.Theming;

namespace Multistore.Cart.Endpoints;

/// <summary>
/// "Add to cart" on product pages. Those pages are output-cached for every shopper, so they cannot carry a shopper's
/// antiforgery token; instead the post is accepted only from this site's own pages (Origin, else Referer, names this
/// host: the standard-header defence against cross-site posts). The shopper then sees the cart.
/// </summary>
public static class CartLineFormEndpoints
{
    public static IEndpointRouteBuilder MapCartLineForm(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/cart/lines", async (HttpContext context, ICartService carts, IThemeViewRenderer views, IAntiforgery antiforgery, CancellationToken cancellationToken) =>
        {
            if (!FromThisSite(context.Request))
            {
                return Results.BadRequest();
            }

            var form = await context.Request.ReadFormAsync(cancellationToken);
            var touchpoint = CartPageEndpoints.TouchpointOf(context);
            var cart = await CartPageEndpoints.CurrentAsync(context, carts, cancellationToken)
                ?? await carts.CreateAsync(CartPageEndpoints.CustomerId(context), touchpoint, cancellationToken);
            CartCookie.Write(context, cart.Id);
            try
            {
                var quantity = int.TryParse(form["quantity"], out var q) ? q : 1;
                await carts.AddLineAsync(cart.Id, form["sku"].ToString(), quantity, touchpoint, cancellationToken);
                return Results.Redirect($"{context.Request.PathBase}/cart");
            }
            catch (CartValidationException exception)
            {
                return await CartPageEndpoints.RenderAsync(context, await carts.GetAsync(cart.Id, cancellationToken), exception.Message, views, antiforgery, StatusCodes.Status400BadRequest);
            }
        }).WithName("CartLineForm");
        return endpoints;
    }

    private static bool FromThisSite(HttpRequest request)
    {
        var source = request.Headers.Origin.ToString() is { Length: > 0 } origin ? origin : request.Headers.Referer.ToString();
        return Uri.TryCreate(source, UriKind.Absolute, out var uri)
            && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }
}

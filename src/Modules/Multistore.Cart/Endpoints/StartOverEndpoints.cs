using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Multistore.Cart.Endpoints;

/// <summary>
/// "Start over" for a shared screen (the in-store kiosk): the browser forgets its cart, so the next shopper starts with
/// an empty one, and goes to the store's home page. The cart itself stays (an order placed from it is not touched);
/// only this browser's link to it goes. Posted from the store's own (output-cached) pages, so the same-origin check of
/// <see cref="SameOriginPost"/> guards it instead of an antiforgery token: another site cannot empty a shopper's cart.
/// </summary>
public static class StartOverEndpoints
{
    public static IEndpointRouteBuilder MapStartOverEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/cart/start-over", Results<StatusCodeHttpResult, RedirectHttpResult> (HttpContext context) =>
        {
            if (!SameOriginPost.Is(context.Request))
            {
                return TypedResults.StatusCode(StatusCodes.Status403Forbidden);
            }

            CartCookie.Clear(context);
            context.Response.Headers.CacheControl = "no-store";
            return TypedResults.Redirect($"{context.Request.PathBase}/");
        }).WithName("CartStartOver");
        return endpoints;
    }
}

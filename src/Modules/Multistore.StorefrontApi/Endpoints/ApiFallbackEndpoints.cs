using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Multistore.StorefrontApi.Endpoints;

/// <summary>
/// A request under the API that no endpoint answers gets problem details, never the storefront's HTML
/// not-found page.
/// </summary>
public static class ApiFallbackEndpoints
{
    public static IEndpointRouteBuilder MapApiFallback(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapFallback(StorefrontApiRoutes.Base + "/{**path}", (HttpContext context) => TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "No such endpoint",
                detail: $"The Storefront API has no {context.Request.Method} {context.Request.Path}. See {context.Request.PathBase}{StorefrontApiRoutes.Base}/reference."))
            .ExcludeFromDescription();
        return endpoints;
    }
}

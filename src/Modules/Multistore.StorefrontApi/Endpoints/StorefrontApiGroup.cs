using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Multistore.StorefrontApi.Endpoints;

/// <summary>The API's route group: under /api/storefront/v1, rate-limited per client, CORS from the tenant's origins.</summary>
public static class StorefrontApiGroup
{
    public static RouteGroupBuilder MapStorefrontApi(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGroup(StorefrontApiRoutes.Base)
            .RequireRateLimiting(StorefrontApiRoutes.RateLimitPolicy)
            .RequireCors(StorefrontApiRoutes.CorsPolicy);
}

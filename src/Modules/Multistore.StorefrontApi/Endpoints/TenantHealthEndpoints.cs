using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Multistore.Health;
using Multistore.StorefrontApi.Contracts;
using Multistore.StorefrontApi.Health;
using Multistore.Tenancy;

namespace Multistore.StorefrontApi.Endpoints;

/// <summary>The store's own health: whether it can serve (<see cref="StoreHealthChecks"/>); which check failed only for an operator's key.</summary>
public static class TenantHealthEndpoints
{
    public static IEndpointRouteBuilder MapTenantHealthEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/health", CheckAsync).WithName("TenantHealth").WithTags("Health")
            .WithSummary("Healthy when the store can serve: every module's tables answer, no migration is pending, every module's probe reads; 503 otherwise. The store's name and each check only with a host API key granting tenants.view.");
        return api;
    }

    private static async Task<Results<Ok<TenantHealth>, JsonHttpResult<TenantHealth>>> CheckAsync(
        HttpContext context, TenantSettings tenant, StoreHealthChecks health, IOperatorAccess operators, CancellationToken cancellationToken)
    {
        var checks = await health.RunAsync(cancellationToken);
        context.Response.Headers.CacheControl = "no-store";
        var healthy = checks.Values.All(v => v == StoreHealthChecks.Healthy);
        var status = healthy ? "Healthy" : "Unhealthy";
        var report = await operators.IsOperatorAsync(context, cancellationToken) ? new TenantHealth(status, tenant.Name, checks) : new TenantHealth(status);
        return healthy ? TypedResults.Ok(report) : TypedResults.Json(report, statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}

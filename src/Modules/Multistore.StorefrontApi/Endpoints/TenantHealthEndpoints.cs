using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Data;
using Multistore.StorefrontApi.Contracts;
using Multistore.Tenancy;

namespace Multistore.StorefrontApi.Endpoints;

/// <summary>The store's own health: its shell runs and each module's database answers.</summary>
public static class TenantHealthEndpoints
{
    public static IEndpointRouteBuilder MapTenantHealthEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/health", CheckAsync).WithName("TenantHealth").WithTags("Health")
            .WithSummary("Healthy when the store's shell runs and every module's database answers; 503 otherwise.");
        return api;
    }

    private static async Task<Results<Ok<TenantHealth>, JsonHttpResult<TenantHealth>>> CheckAsync(
        HttpContext context, TenantSettings tenant, CancellationToken cancellationToken)
    {
        var checks = new Dictionary<string, string>();
        foreach (var registration in context.RequestServices.GetServices<ModuleDbContextRegistration>())
        {
            var db = (DbContext)context.RequestServices.GetRequiredService(registration.ContextType);
            bool answers;
            try
            {
                answers = await db.Database.CanConnectAsync(cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                answers = false;
            }

            checks[registration.ContextType.Name] = answers ? "Healthy" : "Unhealthy";
        }

        context.Response.Headers.CacheControl = "no-store";
        var healthy = checks.Values.All(v => v == "Healthy");
        var report = new TenantHealth(tenant.Name, healthy ? "Healthy" : "Unhealthy", checks);
        return healthy ? TypedResults.Ok(report) : TypedResults.Json(report, statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}

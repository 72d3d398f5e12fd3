using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Multistore.Tenants.Endpoints;

/// <summary>
/// <c>GET /metrics</c> on the SaaS host: the node's OpenTelemetry metrics in Prometheus' text format, written by
/// OpenTelemetry's own exporter. Every request series carries the store (<c>multistore_tenant</c>) and the engine's
/// meters name the store too, so one scrape shows which store uses what. Stores never serve it (the Tenants feature
/// runs on the host only), and it asks for an API key with <see cref="TenantsPermissions.MetricsView"/>: the figures
/// name every store of the host.
/// </summary>
internal static class MetricsEndpoint
{
    public const string Path = "/metrics";

    public static void MapMetricsEndpoint(this IEndpointRouteBuilder endpoints)
    {
        // The exporter is middleware; built once into a branch of its own and run by the endpoint after the key check.
        var exporter = endpoints.CreateApplicationBuilder()
            .UseOpenTelemetryPrometheusScrapingEndpoint(meterProvider: null, predicate: _ => true, path: null, configureBranchedPipeline: null, optionsName: null)
            .Build();
        endpoints.MapGet(Path, async Task<Results<EmptyHttpResult, ProblemHttpResult>> (HttpContext context) =>
            {
                await exporter(context);
                return TypedResults.Empty;
            })
            .AddEndpointFilter(new ApiKeyRequirement(TenantsPermissions.MetricsView))
            .WithTags("Operations").WithName("ScrapeMetrics")
            .WithSummary("The node's metrics in Prometheus text format, labelled by store; needs an API key granting metrics.view.");
    }
}

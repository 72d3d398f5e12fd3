using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Multistore.Hosting.Usage;
using Multistore.Shells;
using Multistore.Tenancy.Management;

namespace Multistore.Hosting;

/// <summary>
/// One place to debug: traces and metrics of every tenant tagged with tenant (set by <see cref="TenantMiddleware"/>)
/// and touchpoint (set by <see cref="TouchpointMiddleware"/>, the shell's touchpoint stage), the engine's own meters, the node's health check, the per-tenant
/// recent-errors sink and each store's usage of the node (<see cref="StoreUsageRecorder"/>, its gauges in <see cref="StoreUsageMetrics"/>). Scraped by Prometheus at <c>/metrics</c> on the SaaS host (the Tenants module's endpoint, behind a
/// <c>metrics.view</c> API key). Exports over OTLP when an endpoint is configured (<c>Multistore:Otlp:Endpoint</c> or
/// the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>).
/// </summary>
internal static class MultistoreTelemetry
{
    public const string ActivitySources = "Multistore.*";

    public static WebApplicationBuilder AddMultistoreTelemetry(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<RecentErrors>();
        services.AddSingleton<IRecentErrors>(sp => sp.GetRequiredService<RecentErrors>());
        services.AddSingleton<ILoggerProvider, RecentErrorsLoggerProvider>();
        services.AddHealthChecks().AddCheck<NodeHealthCheck>("node");
        services.AddSingleton(sp => new StoreUsageRecorder(sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<StoreStorageSizes>();
        services.AddSingleton<IStoreUsage, StoreUsageReader>();
        services.AddSingleton<StoreUsageMetrics>();

        var endpoint = builder.Configuration["Multistore:Otlp:Endpoint"] ?? builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        var telemetry = services.AddOpenTelemetry()
            .WithTracing(tracing => tracing.AddSource(ActivitySources).AddAspNetCoreInstrumentation())
            .WithMetrics(metrics => metrics.AddMeter(ShellMetrics.MeterName, "Multistore.*").AddAspNetCoreInstrumentation()
                // Made with the meter provider, so its gauges exist from the first scrape.
                .AddInstrumentation(sp => sp.GetRequiredService<StoreUsageMetrics>())
                .AddPrometheusExporter());
        if (!string.IsNullOrWhiteSpace(endpoint))
        {
            telemetry.UseOtlpExporter(OpenTelemetry.Exporter.OtlpExportProtocol.Grpc, new Uri(endpoint));
        }

        return builder;
    }
}

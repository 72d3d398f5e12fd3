using System.Diagnostics.Metrics;

namespace Multistore.Shells;

/// <summary>The engine's own meter: shell builds and releases, by tenant, for dashboards and tests alike.</summary>
internal static class ShellMetrics
{
    public const string MeterName = "Multistore.Shells";

    /// <summary>The tag naming the store, the same as on every request's metrics and traces (<c>TenantMiddleware</c>).</summary>
    public const string TenantTag = "multistore.tenant";

    private static readonly Meter Meter = new(MeterName);

    public static KeyValuePair<string, object?> Tenant(string name) => new(TenantTag, name);

    public static readonly Counter<long> Builds = Meter.CreateCounter<long>("multistore.shell.builds", description: "Shells built");
    public static readonly Histogram<double> BuildDuration = Meter.CreateHistogram<double>("multistore.shell.build_duration", unit: "ms", description: "Time to build a shell");
    public static readonly Counter<long> Releases = Meter.CreateCounter<long>("multistore.shell.releases", description: "Shells released");
}

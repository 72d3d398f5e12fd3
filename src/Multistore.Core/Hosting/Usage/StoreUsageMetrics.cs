using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Multistore.Shells;

namespace Multistore.Hosting.Usage;

/// <summary>
/// The usage page's per-store figures that no request metric carries, as gauges read when <c>/metrics</c> is scraped,
/// each labelled with the store (<see cref="ShellMetrics.TenantTag"/>): orders placed in the last hour, the page cache's
/// hit rate over the last hour (stores with cacheable page requests only) and the running shell's estimated memory
/// (0 for a store whose shell is released). One meter for the process, like <see cref="ShellMetrics"/>: a meter per
/// host would end its gauges for every host of the process when one host stops (the SDK keeps one stream per
/// instrument name), so each host adds its stores while it runs and leaves when it is disposed.
/// </summary>
internal sealed class StoreUsageMetrics : IDisposable
{
    public const string MeterName = "Multistore.Usage";

    private static readonly Meter Meter = new(MeterName);
    private static readonly ConcurrentDictionary<StoreUsageMetrics, byte> Hosts = new();

    private static readonly ObservableGauge<long> OrdersLastHour = Meter.CreateObservableGauge("multistore.store.orders.last_hour",
        () => Hosts.Keys.SelectMany(h => LastHour(h._recorder, t => t.Orders)),
        unit: "{order}", description: "Orders the store placed on this node in the last hour");

    private static readonly ObservableGauge<double> HitRatio = Meter.CreateObservableGauge("multistore.store.page_cache.hit_ratio",
        () => Hosts.Keys.SelectMany(h => HitRatios(h._recorder)),
        description: "Share of the store's cacheable page requests answered from this node's page cache in the last hour");

    private static readonly ObservableGauge<long> EstimatedMemory = Meter.CreateObservableGauge("multistore.store.shell_memory.estimated",
        () => Hosts.Keys.SelectMany(h => ShellMemory(h._recorder, h._shells)),
        unit: "By", description: "Bytes allocated while the store's running shell was built: an estimate of its memory (0 once released)");

    private readonly StoreUsageRecorder _recorder;
    private readonly ShellHost _shells;

    public StoreUsageMetrics(StoreUsageRecorder recorder, ShellHost shells)
    {
        _recorder = recorder;
        _shells = shells;
        Hosts.TryAdd(this, 0);
    }

    /// <summary>The gauges, held in fields so they are made once, with the meter.</summary>
    public static IReadOnlyList<Instrument> Gauges => [OrdersLastHour, HitRatio, EstimatedMemory];

    public void Dispose() => Hosts.TryRemove(this, out _);

    private static IEnumerable<Measurement<long>> LastHour(StoreUsageRecorder recorder, Func<UsageTotals, long> figure)
    {
        var now = recorder.Now;
        return recorder.Active(now).Select(s => new Measurement<long>(figure(s.Value.LastHour(now)), ShellMetrics.Tenant(s.Key)));
    }

    /// <summary>
    /// Every running shell's estimate, and 0 for a store of the usage page whose shell is released: a series that stays
    /// rather than one that vanishes, so a dashboard sees the memory given back.
    /// </summary>
    private static IEnumerable<Measurement<long>> ShellMemory(StoreUsageRecorder recorder, ShellHost shells)
    {
        var running = shells.RunningShells.ToDictionary(s => s.Settings.Name, s => s.EstimatedBytes, StringComparer.OrdinalIgnoreCase);
        var released = recorder.Active(recorder.Now).Select(s => s.Key).Where(name => !running.ContainsKey(name)).ToList();
        return running.Select(s => new Measurement<long>(s.Value, ShellMetrics.Tenant(s.Key)))
            .Concat(released.Select(name => new Measurement<long>(0, ShellMetrics.Tenant(name))));
    }

    private static IEnumerable<Measurement<double>> HitRatios(StoreUsageRecorder recorder)
    {
        var now = recorder.Now;
        foreach (var (store, series) in recorder.Active(now))
        {
            if (series.LastHour(now).CacheHitRate is { } rate)
            {
                yield return new Measurement<double>(rate, ShellMetrics.Tenant(store));
            }
        }
    }
}

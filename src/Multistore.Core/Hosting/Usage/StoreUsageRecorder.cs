using System.Collections.Concurrent;

namespace Multistore.Hosting.Usage;

/// <summary>
/// Every store's requests on this node, recorded by <see cref="TenantMiddleware"/> as each one ends, for the usage page,
/// with its cacheable pages and orders as its modules tell them (<see cref="StoreActivity"/>).
/// Bounded: a store idle for a day drops out, and past <see cref="MaxStores"/> the longest-idle store makes room.
/// </summary>
internal sealed class StoreUsageRecorder(TimeProvider time, int maxStores = StoreUsageRecorder.MaxStores)
{
    public const int MaxStores = 1000;

    private static readonly TimeSpan Idle = TimeSpan.FromDays(1);

    private readonly ConcurrentDictionary<string, StoreUsageSeries> _stores = new(StringComparer.OrdinalIgnoreCase);

    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>A timestamp to pass to <see cref="Record"/> when the request ends.</summary>
    public long Start() => time.GetTimestamp();

    public void Record(string store, int status, long started)
    {
        var milliseconds = time.GetElapsedTime(started).TotalMilliseconds;
        var now = time.GetUtcNow();
        SeriesOf(store, now).Add(now, status, milliseconds);
    }

    /// <summary>A cacheable page of the store was answered, from the page cache or rendered (<see cref="StoreActivity"/>).</summary>
    public void RecordPage(string store, bool fromCache)
    {
        var now = time.GetUtcNow();
        SeriesOf(store, now).AddPage(now, fromCache);
    }

    /// <summary>The store placed an order (<see cref="StoreActivity"/>).</summary>
    public void RecordOrder(string store)
    {
        var now = time.GetUtcNow();
        SeriesOf(store, now).AddOrder(now);
    }

    private StoreUsageSeries SeriesOf(string store, DateTimeOffset now) =>
        _stores.TryGetValue(store, out var series) ? series : Track(store, now);

    /// <summary>The stores that served a request in the last day.</summary>
    public IReadOnlyList<KeyValuePair<string, StoreUsageSeries>> Active(DateTimeOffset now)
    {
        DropIdle(now);
        return [.. _stores];
    }

    private StoreUsageSeries Track(string store, DateTimeOffset now)
    {
        if (_stores.Count >= maxStores)
        {
            DropIdle(now);
            while (_stores.Count >= maxStores
                && _stores.MinBy(s => s.Value.LastSeen) is { Key: { } longestIdle })
            {
                _stores.TryRemove(longestIdle, out _);
            }
        }

        return _stores.GetOrAdd(store, _ => new StoreUsageSeries());
    }

    private void DropIdle(DateTimeOffset now)
    {
        foreach (var (name, series) in _stores)
        {
            if (now - series.LastSeen >= Idle)
            {
                _stores.TryRemove(name, out _);
            }
        }
    }
}

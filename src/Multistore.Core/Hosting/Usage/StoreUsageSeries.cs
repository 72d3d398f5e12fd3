using Multistore.Tenancy.Management;

namespace Multistore.Hosting.Usage;

/// <summary>
/// One store's requests on this node in two rings: a bucket per minute for the last hour and one per hour for the
/// last day. A bucket is reused when its ring comes round, so the memory of a store never grows; buckets are made on
/// first use, so a store with a few requests holds a few.
/// </summary>
internal sealed class StoreUsageSeries
{
    public const int Minutes = 60;
    public const int Hours = 24;

    private readonly UsageCounts?[] _minutes = new UsageCounts?[Minutes];
    private readonly UsageCounts?[] _hours = new UsageCounts?[Hours];
    private readonly Lock _lock = new();

    /// <summary>When the store last served a request (or told of a page or an order, which happen inside one).</summary>
    public DateTimeOffset LastSeen { get; private set; }

    public void Add(DateTimeOffset now, int status, double milliseconds)
    {
        lock (_lock)
        {
            LastSeen = now;
            Bucket(_minutes, MinuteOf(now)).Add(status, milliseconds);
            Bucket(_hours, HourOf(now)).Add(status, milliseconds);
        }
    }

    public void AddPage(DateTimeOffset now, bool fromCache)
    {
        lock (_lock)
        {
            LastSeen = now;
            Bucket(_minutes, MinuteOf(now)).AddPage(fromCache);
            Bucket(_hours, HourOf(now)).AddPage(fromCache);
        }
    }

    public void AddOrder(DateTimeOffset now)
    {
        lock (_lock)
        {
            LastSeen = now;
            Bucket(_minutes, MinuteOf(now)).AddOrder();
            Bucket(_hours, HourOf(now)).AddOrder();
        }
    }

    public UsageTotals LastHour(DateTimeOffset now) => Sum(_minutes, MinuteOf(now), TimeSpan.FromMinutes(1));

    public UsageTotals LastDay(DateTimeOffset now) => Sum(_hours, HourOf(now), TimeSpan.FromHours(1));

    private static long MinuteOf(DateTimeOffset time) => time.ToUnixTimeSeconds() / 60;

    private static long HourOf(DateTimeOffset time) => time.ToUnixTimeSeconds() / 3600;

    private static UsageCounts Bucket(UsageCounts?[] ring, long period)
    {
        var slot = (int)(period % ring.Length);
        var bucket = ring[slot] ??= new UsageCounts();
        if (bucket.Period != period)
        {
            bucket.Reset(period);
        }

        return bucket;
    }

    private UsageTotals Sum(UsageCounts?[] ring, long current, TimeSpan length)
    {
        var latency = new long[UsageCounts.LatencyBounds.Length + 1];
        var series = new UsageBucket[ring.Length];
        long requests = 0, errors = 0, refused = 0, cached = 0, rendered = 0, orders = 0;
        lock (_lock)
        {
            for (var i = 0; i < ring.Length; i++)
            {
                var period = current - ring.Length + 1 + i;
                var start = DateTimeOffset.FromUnixTimeSeconds((long)(period * length.TotalSeconds));
                var bucket = ring[(int)(period % ring.Length)];
                if (bucket is null || bucket.Period != period)
                {
                    series[i] = new UsageBucket(start, 0, 0, 0, 0);
                    continue;
                }

                series[i] = new UsageBucket(start, bucket.Requests, bucket.Errors, bucket.Refused, bucket.Orders);
                requests += bucket.Requests;
                errors += bucket.Errors;
                refused += bucket.Refused;
                cached += bucket.CachedPages;
                rendered += bucket.RenderedPages;
                orders += bucket.Orders;
                for (var b = 0; b < latency.Length; b++)
                {
                    latency[b] += bucket.Latency[b];
                }
            }
        }

        return new UsageTotals(requests, errors, refused, latency, series) { CachedPages = cached, RenderedPages = rendered, Orders = orders };
    }
}

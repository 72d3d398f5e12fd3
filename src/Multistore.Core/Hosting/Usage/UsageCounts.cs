namespace Multistore.Hosting.Usage;

/// <summary>
/// One minute or hour of one store's requests: counts and a latency histogram of fixed buckets, so windows add up
/// bucket by bucket and a p95 needs no list of every request; with the cacheable pages served from the page cache or
/// rendered, and the orders placed, as the store's modules tell them (<see cref="StoreActivity"/>).
/// </summary>
internal sealed class UsageCounts
{
    /// <summary>Upper bounds (ms) of the latency buckets; one more bucket holds everything slower than the last.</summary>
    public static readonly double[] LatencyBounds = [1, 2, 3, 5, 7, 10, 15, 20, 30, 50, 70, 100, 150, 200, 300, 500, 700, 1000, 1500, 2000, 3000, 5000, 10000, 30000];

    public long Period { get; private set; } = long.MinValue;

    public long Requests { get; private set; }

    public long Errors { get; private set; }

    public long Refused { get; private set; }

    public long CachedPages { get; private set; }

    public long RenderedPages { get; private set; }

    public long Orders { get; private set; }

    public long[] Latency { get; } = new long[LatencyBounds.Length + 1];

    /// <summary>Starts the bucket over for another period (the ring came round).</summary>
    public void Reset(long period)
    {
        Period = period;
        Requests = Errors = Refused = CachedPages = RenderedPages = Orders = 0;
        Array.Clear(Latency);
    }

    public void Add(int status, double milliseconds)
    {
        Requests++;
        if (status >= 500)
        {
            Errors++;
        }
        else if (status == 429)
        {
            Refused++;
        }

        var bucket = Array.BinarySearch(LatencyBounds, milliseconds);
        Latency[bucket >= 0 ? bucket : ~bucket]++;
    }

    public void AddPage(bool fromCache)
    {
        if (fromCache)
        {
            CachedPages++;
        }
        else
        {
            RenderedPages++;
        }
    }

    public void AddOrder() => Orders++;

    /// <summary>The upper bound of the bucket the 95th percentile falls in (the last bound when it is slower than all).</summary>
    public static double P95(long[] latency)
    {
        var total = latency.Sum();
        if (total == 0)
        {
            return 0;
        }

        var rank = (long)Math.Ceiling(total * 0.95);
        long seen = 0;
        for (var i = 0; i < latency.Length; i++)
        {
            seen += latency[i];
            if (seen >= rank)
            {
                return LatencyBounds[Math.Min(i, LatencyBounds.Length - 1)];
            }
        }

        return LatencyBounds[^1];
    }
}

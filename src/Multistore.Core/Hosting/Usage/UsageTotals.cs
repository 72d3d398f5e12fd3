using Multistore.Tenancy.Management;

namespace Multistore.Hosting.Usage;

/// <summary>A store's counts summed over one window, with the window's buckets oldest first.</summary>
internal sealed record UsageTotals(long Requests, long Errors, long Refused, long[] Latency, IReadOnlyList<UsageBucket> Series)
{
    /// <summary>Requests for cacheable pages answered from the page cache.</summary>
    public long CachedPages { get; init; }

    /// <summary>Requests for cacheable pages the page rendered (not in the cache, or one shopper's page).</summary>
    public long RenderedPages { get; init; }

    public long Orders { get; init; }

    /// <summary><see cref="CachedPages"/> over all cacheable page requests; null when there were none.</summary>
    public double? CacheHitRate => CachedPages + RenderedPages == 0 ? null : (double)CachedPages / (CachedPages + RenderedPages);

    /// <summary>The window as the usage page shows it: rates over its length, the store's share of <paramref name="allRequests"/>.</summary>
    public UsageWindow ToWindow(long allRequests, TimeSpan length) => new(
        Requests,
        Requests / length.TotalSeconds,
        UsageCounts.P95(Latency),
        Errors,
        Requests == 0 ? 0 : (double)Errors / Requests,
        Refused,
        allRequests == 0 ? 0 : (double)Requests / allRequests,
        Series)
    {
        CachedPages = CachedPages,
        RenderedPages = RenderedPages,
        CacheHitRate = CacheHitRate,
        Orders = Orders,
        OrdersPerHour = Orders / length.TotalHours,
    };
}

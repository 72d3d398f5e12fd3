namespace Multistore.Tenancy.Management;

/// <summary>
/// A store's requests over one window (the last hour in minutes, the last day in hours): requests per second,
/// the 95th percentile latency (the upper bound of its latency bucket), 5xx errors, 429s (refused by the store's
/// quota or its own rate limits), its share of every store's requests on the node, and the series oldest first.
/// </summary>
public sealed record UsageWindow(
    long Requests,
    double RequestsPerSecond,
    double P95Milliseconds,
    long Errors,
    double ErrorRate,
    long Refused,
    double Share,
    IReadOnlyList<UsageBucket> Series)
{
    /// <summary>GETs and HEADs of pages declared cacheable that this node's page cache answered.</summary>
    public long CachedPages { get; init; }

    /// <summary>GETs and HEADs of pages declared cacheable that were rendered: not in the cache yet, or one shopper's own.</summary>
    public long RenderedPages { get; init; }

    /// <summary><see cref="CachedPages"/> over all cacheable page requests; null when the store had none in the window.</summary>
    public double? CacheHitRate { get; init; }

    /// <summary>Orders placed on this node in the window.</summary>
    public long Orders { get; init; }

    /// <summary><see cref="Orders"/> over the window's length in hours (the last hour: its orders; the last day: the hourly average).</summary>
    public double OrdersPerHour { get; init; }
}

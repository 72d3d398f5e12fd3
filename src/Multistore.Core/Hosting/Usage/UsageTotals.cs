using Multistore.Tenancy.Management;

namespace Multistore.Hosting.Usage;

/// <summary>A store's counts summed over one window, with the window's buckets oldest first.</summary>
internal sealed record UsageTotals(long Requests, long Errors, long Refused, long[] Latency, IReadOnlyList<UsageBucket> Series)
{
    /// <summary>The window as the usage page shows it: rates over its length, the store's share of <paramref name="allRequests"/>.</summary>
    public UsageWindow ToWindow(long allRequests, TimeSpan length) => new(
        Requests,
        Requests / length.TotalSeconds,
        UsageCounts.P95(Latency),
        Errors,
        Requests == 0 ? 0 : (double)Errors / Requests,
        Refused,
        allRequests == 0 ? 0 : (double)Requests / allRequests,
        Series);
}

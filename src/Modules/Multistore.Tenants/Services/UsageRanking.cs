using Multistore.Tenancy.Management;

namespace Multistore.Tenants.Services;

/// <summary>
/// The order of the usage page and <c>GET /api/usage</c>: largest first by share of the node's requests in the last hour
/// (the noisy neighbour on top), or by another column named in <c>?sort=</c>; ties by store name.
/// </summary>
public static class UsageRanking
{
    public const string Share = "share";

    public static IReadOnlyList<string> Columns { get; } = [Share, "day", "p95", "errors", "refused", "memory", "cache", "orders", "database", "search"];

    public static string Normalize(string? sort) =>
        Columns.FirstOrDefault(c => string.Equals(c, sort, StringComparison.OrdinalIgnoreCase)) ?? Share;

    public static IReadOnlyList<StoreUsage> Rank(IEnumerable<StoreUsage> stores, string? sort)
    {
        Func<StoreUsage, double> key = Normalize(sort) switch
        {
            "day" => s => s.LastDay.Requests,
            "p95" => s => s.LastHour.P95Milliseconds,
            "errors" => s => s.LastHour.ErrorRate,
            "refused" => s => s.LastHour.Refused,
            "memory" => s => s.ShellMemoryEstimatedBytes ?? -1,
            "cache" => s => s.LastHour.CacheHitRate ?? -1,
            "orders" => s => s.LastHour.Orders,
            "database" => s => s.DatabaseBytes ?? -1,
            "search" => s => s.SearchIndexBytes ?? -1,
            _ => s => s.LastHour.Requests,
        };
        return [.. stores.OrderByDescending(key).ThenBy(s => s.Store, StringComparer.Ordinal)];
    }
}

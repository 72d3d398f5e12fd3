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
    IReadOnlyList<UsageBucket> Series);

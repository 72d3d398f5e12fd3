namespace Multistore.Feeds.Services;

/// <summary>
/// What the feed check found in one culture: how many sellable SKUs it read, how many the feed lists, how many a
/// marketplace would reject, how many SKUs have each problem, and the SKUs to show (rejected first).
/// </summary>
public sealed record FeedCheckReport(
    string Culture,
    int Checked,
    int Listed,
    int Rejected,
    IReadOnlyDictionary<FeedProblemKind, int> Counts,
    IReadOnlyList<FeedEntry> Entries);

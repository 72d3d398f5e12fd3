namespace Multistore.Feeds.Services;

/// <summary>
/// The admin's feed check: walks the same entries as the feed (<see cref="FeedItems.EntriesAsync"/>) in one culture
/// and counts what a marketplace would object to, keeping at most <see cref="MostShown"/> SKUs to list (those a
/// marketplace would reject first), so a catalog of any size is checked with one page of it in memory.
/// </summary>
public sealed class FeedCheck(FeedItems items)
{
    public const int MostShown = 200;

    /// <summary>The report for <paramref name="scope"/>'s culture; with <paramref name="only"/>, the SKUs listed are those with that problem.</summary>
    public async Task<FeedCheckReport> RunAsync(FeedScope scope, FeedProblemKind? only, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<FeedProblemKind, int>();
        var rejected = new List<FeedEntry>();
        var warned = new List<FeedEntry>();
        var (total, rejectedCount, listedCount) = (0, 0, 0);
        await foreach (var entry in items.EntriesAsync(scope, cancellationToken))
        {
            total++;
            listedCount += entry.Item is null ? 0 : 1;
            rejectedCount += entry.Rejected ? 1 : 0;
            foreach (var kind in entry.Problems.Select(p => p.Kind).Distinct())
            {
                counts[kind] = counts.GetValueOrDefault(kind) + 1;
            }

            var shown = entry.Problems.Count > 0 && (only is null || entry.Problems.Any(p => p.Kind == only));
            var list = entry.Rejected ? rejected : warned;
            if (shown && list.Count < MostShown)
            {
                list.Add(entry);
            }
        }

        return new FeedCheckReport(scope.Culture, total, listedCount, rejectedCount, counts, [.. rejected.Concat(warned).Take(MostShown)]);
    }
}

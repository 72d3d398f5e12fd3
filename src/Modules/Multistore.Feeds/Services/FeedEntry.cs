namespace Multistore.Feeds.Services;

/// <summary>
/// A sellable SKU as the feed sees it: what the catalog holds for it, the <see cref="Item"/> the feed writes (null
/// when <see cref="FeedRules"/> leave it out) and every problem a marketplace would have with it. The feed and the
/// admin's feed check both read these, so they cannot disagree.
/// </summary>
public sealed record FeedEntry(FeedSku Sku, FeedItem? Item, IReadOnlyList<FeedProblem> Problems)
{
    public bool Rejected => Problems.Any(p => p.Rejected);
}

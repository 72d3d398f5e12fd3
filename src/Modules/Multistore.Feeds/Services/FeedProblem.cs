namespace Multistore.Feeds.Services;

/// <summary>
/// One problem of a SKU in a feed. <see cref="Rejected"/> problems keep the item off the marketplace (the feed leaves
/// it out, or Google disapproves it); the others are filled in by the feed and listed so the store can do better.
/// <see cref="Length"/> is the title's or description's length for the problems about length, and
/// <see cref="Culture"/> the culture whose text the feed used instead (null: the SKU) for
/// <see cref="FeedProblemKind.NoTextInCulture"/>.
/// </summary>
public sealed record FeedProblem(FeedProblemKind Kind, int? Length = null, string? Culture = null)
{
    public bool Rejected => FeedRules.Rejects(Kind);
}

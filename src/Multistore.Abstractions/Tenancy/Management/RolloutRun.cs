namespace Multistore.Tenancy.Management;

/// <summary>
/// A rollout as the host database keeps it: its plan, its rings, each store's result in order, why it stopped, and
/// what a roll back did. Every node, the API and the command line see the same record.
/// </summary>
public sealed record RolloutRun(
    string Id,
    RolloutPlan Plan,
    RolloutRunState State,
    IReadOnlyList<RolloutRing> Rings,
    IReadOnlyList<FeatureRolloutResult> Results,
    IReadOnlyList<FeatureRolloutResult> RollbackResults,
    string? StoppedBecause,
    DateTimeOffset StartedUtc,
    DateTimeOffset UpdatedUtc)
{
    /// <summary>How many stores the rollout targets.</summary>
    public int Total => Rings.Sum(r => r.Tenants.Count);

    /// <summary>How many stores have a result.</summary>
    public int Done => Results.Count;

    public int Failed => Results.Count(r => r.Outcome == FeatureRolloutOutcome.Failed);

    /// <summary>The ring of a store, or null when the store is not a target.</summary>
    public string? RingOf(string tenant) =>
        Rings.FirstOrDefault(r => r.Tenants.Contains(tenant, StringComparer.OrdinalIgnoreCase))?.Name;
}

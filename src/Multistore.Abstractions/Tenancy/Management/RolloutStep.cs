namespace Multistore.Tenancy.Management;

/// <summary>A rollout's progress after one store: which ring, how far, and the store's result.</summary>
public sealed record RolloutStep(string RunId, string Ring, int Done, int Total, FeatureRolloutResult Result);

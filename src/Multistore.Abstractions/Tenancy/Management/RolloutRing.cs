namespace Multistore.Tenancy.Management;

/// <summary>One ring of a rollout: its name (canary, wave, rest) and its stores, fixed when the rollout starts.</summary>
public sealed record RolloutRing(string Name, IReadOnlyList<string> Tenants);

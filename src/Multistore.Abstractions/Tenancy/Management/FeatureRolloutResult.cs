namespace Multistore.Tenancy.Management;

/// <summary>What a rollout did on one tenant; a failed tenant was left exactly as it was.</summary>
public sealed record FeatureRolloutResult(string Tenant, FeatureRolloutOutcome Outcome, string Message);

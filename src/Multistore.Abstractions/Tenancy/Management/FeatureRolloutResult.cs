namespace Multistore.Tenancy.Management;

/// <summary>
/// What a rollout did on one tenant; a failed tenant was left exactly as it was. <see cref="Features"/> are the features
/// the change switched (a feature's dependencies come along when it is enabled), what a roll back switches back.
/// </summary>
public sealed record FeatureRolloutResult(string Tenant, FeatureRolloutOutcome Outcome, string Message, IReadOnlyList<string>? Features = null);

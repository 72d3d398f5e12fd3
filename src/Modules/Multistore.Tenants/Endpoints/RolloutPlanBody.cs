namespace Multistore.Tenants.Endpoints;

/// <summary>POST /api/rollouts: a feature across the stores in rings; <see cref="Tenants"/> null or empty means every running store.</summary>
public sealed record RolloutPlanBody(string? Feature, bool? Enable, IReadOnlyList<string>? Tenants, IReadOnlyList<string>? Canaries, int? WavePercent, int? MaxFailures);

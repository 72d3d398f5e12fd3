namespace Multistore.Tenants.Endpoints;

/// <summary>POST /api/feature-rollouts: <see cref="Tenants"/> null or empty means every running store.</summary>
public sealed record RolloutBody(string? Feature, bool? Enable, IReadOnlyList<string>? Tenants);

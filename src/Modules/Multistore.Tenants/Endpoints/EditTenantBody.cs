namespace Multistore.Tenants.Endpoints;

/// <summary>PATCH /api/tenants/{name}: null leaves a value; an empty prefix, profile or template clears it.</summary>
public sealed record EditTenantBody(IReadOnlyList<string>? Hosts, string? UrlPrefix, string? FeatureProfile, string? Template = null);

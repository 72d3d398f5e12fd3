namespace Multistore.Tenants.Endpoints;

/// <summary>
/// PATCH /api/tenants/{name}: null leaves a value; an empty prefix, profile or template clears it. <see cref="AllowWildcard"/>
/// says that a new wildcard host may cover other stores' host names.
/// </summary>
public sealed record EditTenantBody(IReadOnlyList<string>? Hosts, string? UrlPrefix, string? FeatureProfile, string? Template = null, bool? AllowWildcard = null);

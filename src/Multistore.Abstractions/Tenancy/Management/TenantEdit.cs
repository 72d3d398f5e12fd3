namespace Multistore.Tenancy.Management;

/// <summary>
/// A change to a tenant's registry entry. Null leaves a value as it is; an empty prefix, profile or template clears it.
/// </summary>
public sealed record TenantEdit
{
    public IReadOnlyList<string>? Hosts { get; init; }
    public string? UrlPrefix { get; init; }
    public string? FeatureProfile { get; init; }
    public string? Template { get; init; }

    /// <summary>Says that a new wildcard host may cover other stores' host names.</summary>
    public bool AllowWildcard { get; init; }
}

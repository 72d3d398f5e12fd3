using Multistore.Tenancy;

namespace Multistore.Setup;

/// <summary>What any door (admin, API, command line, configuration) asks for when it registers a tenant.</summary>
public sealed record TenantRequest
{
    public required string Name { get; init; }
    public IReadOnlyList<string> Hosts { get; init; } = [];
    public string? UrlPrefix { get; init; }
    public DatabaseProvider? DatabaseProvider { get; init; }
    public string? ConnectionString { get; init; }
    public string? Schema { get; init; }
    public string? RecipeName { get; init; }
    public string? FeatureProfile { get; init; }

    /// <summary>The brand template the store inherits from, or null.</summary>
    public string? Template { get; init; }

    /// <summary>Says that a wildcard host may cover other stores' host names (it then answers for every unknown name beside them).</summary>
    public bool AllowWildcard { get; init; }

    /// <summary>Whether an existing tenant is what this request would have made, so a repeated create can answer with it.</summary>
    public bool IsSatisfiedBy(TenantSettings tenant) =>
        string.Equals(tenant.Name, Name, StringComparison.OrdinalIgnoreCase)
        && TenantRequestValidator.NormalizeHosts(Hosts).ToHashSet().SetEquals(tenant.Hosts)
        && string.Equals(TenantRequestValidator.NormalizePrefix(UrlPrefix), tenant.UrlPrefix, StringComparison.OrdinalIgnoreCase)
        && (RecipeName is null || string.Equals(RecipeName, tenant.RecipeName, StringComparison.OrdinalIgnoreCase))
        && string.Equals(string.IsNullOrWhiteSpace(FeatureProfile) ? null : FeatureProfile, tenant.FeatureProfile, StringComparison.Ordinal)
        && string.Equals(string.IsNullOrWhiteSpace(Template) ? null : Template, tenant.Template, StringComparison.OrdinalIgnoreCase)
        && (DatabaseProvider is null || DatabaseProvider == tenant.DatabaseProvider);
}

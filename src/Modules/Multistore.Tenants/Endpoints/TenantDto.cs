using Multistore.Tenancy;

namespace Multistore.Tenants.Endpoints;

/// <summary>A tenant as the API shows it; never its connection string.</summary>
public sealed record TenantDto(
    string Name, string State, IReadOnlyList<string> Hosts, string? UrlPrefix, string DatabaseProvider,
    string? RecipeName, string? FeatureProfile, long Version, DateTimeOffset CreatedUtc, DateTimeOffset UpdatedUtc, string? Template)
{
    public static TenantDto From(TenantSettings t) => new(
        t.Name, t.State.ToString(), t.Hosts, t.UrlPrefix, t.DatabaseProvider.ToString(), t.RecipeName, t.FeatureProfile, t.Version, t.CreatedUtc, t.UpdatedUtc, t.Template);
}

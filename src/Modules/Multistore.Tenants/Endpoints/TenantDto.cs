using System.Text.Json.Serialization;
using Multistore.Tenancy;
using Multistore.Tenancy.Management;

namespace Multistore.Tenants.Endpoints;

/// <summary>
/// A tenant as the API shows it, with the region and tier its data lives in; never its connection string. <see cref="AdminPassword"/> is there only in the answer to the
/// create or setup that generated it (no AdminPassword was given), and never again.
/// </summary>
public sealed record TenantDto(
    string Name, string State, IReadOnlyList<string> Hosts, string? UrlPrefix, string DatabaseProvider,
    string? RecipeName, string? FeatureProfile, long Version, DateTimeOffset CreatedUtc, DateTimeOffset UpdatedUtc, string? Template,
    string? Region, string Tier,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? AdminPassword = null)
{
    public static TenantDto From(TenantSettings t, string? adminPassword = null) => new(
        t.Name, t.State.ToString(), t.Hosts, t.UrlPrefix, t.DatabaseProvider.ToString(), t.RecipeName, t.FeatureProfile, t.Version, t.CreatedUtc, t.UpdatedUtc, t.Template,
        t.Region, TenantTiers.Of(t), adminPassword);
}

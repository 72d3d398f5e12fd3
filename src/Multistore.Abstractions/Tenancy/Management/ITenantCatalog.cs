namespace Multistore.Tenancy.Management;

/// <summary>
/// The host's tenants as the registry holds them in memory: listing and finding a tenant never queries the host
/// database or builds a shell, so host management reads it on every page and API call.
/// </summary>
public interface ITenantCatalog
{
    IReadOnlyCollection<TenantSettings> All { get; }

    TenantSettings? Find(string name);
}

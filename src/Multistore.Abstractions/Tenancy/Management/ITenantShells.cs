using Microsoft.Extensions.DependencyInjection;

namespace Multistore.Tenancy.Management;

/// <summary>
/// A scope in a running tenant's own services (its shell, built on first use), for host tools that act inside a
/// store: the command line issuing an API key on the host tenant, or listing a store's untranslated strings.
/// </summary>
public interface ITenantShells
{
    Task<AsyncServiceScope> CreateScopeAsync(TenantSettings tenant);
}

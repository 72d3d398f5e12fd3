using Multistore.Data;
using Multistore.Shells;
using Multistore.Tenancy;

namespace Multistore.Setup;

/// <summary>Suspends, resumes and removes tenants: disable (the store answers 503), enable, and remove with its database and files.</summary>
internal sealed class TenantStateService(TenantRegistry registry, ShellContextFactory shells, TenantDatabaseProvisioner provisioner) : ITenantStates
{
    public Task<TenantSettings> DisableAsync(string name, CancellationToken cancellationToken)
    {
        var tenant = RegisteredTenant.Existing(registry, name);
        if (tenant.IsDefault)
        {
            throw TenantValidationException.For("name", "The Default tenant is the SaaS host and cannot be disabled.");
        }

        if (tenant.State != TenantState.Running)
        {
            throw TenantValidationException.For("state", $"Tenant '{name}' is {tenant.State}; only a running tenant can be disabled.");
        }

        return registry.UpdateAsync(name, t => t with { State = TenantState.Disabled }, cancellationToken);
    }

    public Task<TenantSettings> EnableAsync(string name, CancellationToken cancellationToken)
    {
        var tenant = RegisteredTenant.Existing(registry, name);
        if (tenant.State != TenantState.Disabled)
        {
            throw TenantValidationException.For("state", $"Tenant '{name}' is {tenant.State}; only a disabled tenant can be enabled.");
        }

        return registry.UpdateAsync(name, t => t with { State = TenantState.Running }, cancellationToken);
    }

    /// <summary>Removes a disabled (or never set up) tenant with its database and files.</summary>
    public async Task RemoveAsync(string name, CancellationToken cancellationToken)
    {
        var tenant = RegisteredTenant.Existing(registry, name);
        if (tenant.IsDefault)
        {
            throw TenantValidationException.For("name", "The Default tenant is the SaaS host and cannot be removed.");
        }

        if (tenant.State is not (TenantState.Disabled or TenantState.Uninitialized or TenantState.Invalid or TenantState.AwaitingSetup))
        {
            throw TenantValidationException.For("state", $"Tenant '{name}' is {tenant.State}; disable it before removing it.");
        }

        await provisioner.DropAsync(shells.ConnectionOf(tenant), cancellationToken);
        await registry.RemoveAsync(name, cancellationToken);
    }
}

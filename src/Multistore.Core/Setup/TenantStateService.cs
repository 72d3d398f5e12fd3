using Microsoft.Extensions.Logging;
using Multistore.Data;
using Multistore.Hosting;
using Multistore.Shells;
using Multistore.Tenancy;

namespace Multistore.Setup;

/// <summary>Suspends, resumes and removes tenants: disable (the store answers 503), enable, and remove with its database and files.</summary>
internal sealed class TenantStateService(
    TenantRegistry registry,
    ShellContextFactory shells,
    TenantDatabaseProvisioner provisioner,
    AppDataPaths paths,
    ILogger<TenantStateService> logger) : ITenantStates
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
        RemoveFolder(name);
    }

    /// <summary>
    /// The store's folder on this node: its search index, product images and mail pickup, and on SQLite its database
    /// (already dropped). A store on PostgreSQL left it all behind before. The store is gone once its registry entry
    /// is, so a folder that cannot be deleted is logged with its path for the operator, not reported as a failed removal.
    /// </summary>
    private void RemoveFolder(string name)
    {
        var folder = paths.TenantFolder(name);
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            logger.LogError(exception, "Store {Tenant} is removed but its folder {Folder} could not be deleted", name, folder);
        }
    }
}

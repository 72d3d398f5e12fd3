using Multistore.Admin.Permissions;

namespace Multistore.Tenants.Admin;

/// <summary>The host admin's permissions over stores.</summary>
public sealed class TenantsAdminPermissions : IPermissionProvider
{
    public static readonly Permission ManageTenants = new("ManageTenants", "Create and manage stores, feature profiles and rollouts", "Tenants");

    public static readonly Permission ManageApiKeys = new("ManageApiKeys", "Issue and revoke API keys for the tenants API", "Tenants");

    public IEnumerable<Permission> Permissions => [ManageTenants, ManageApiKeys];
}

namespace Multistore.Admin.Permissions;

/// <summary>The admin's own permissions.</summary>
public sealed class AdminPermissions : IPermissionProvider
{
    public static readonly Permission AccessAdmin = new("AccessAdmin", "Open the admin and its dashboard", "Admin",
        RoleNames.Editor, RoleNames.OrderManager);

    public static readonly Permission ManageSettings = new("ManageSettings", "Change the site settings", "Admin");

    public static readonly Permission ManageFeatures = new("ManageFeatures", "Enable and disable features", "Admin");

    public IEnumerable<Permission> Permissions => [AccessAdmin, ManageSettings, ManageFeatures];
}

using Multistore.Admin.Permissions;

namespace Multistore.Inventory.Admin;

public sealed class InventoryPermissions : IPermissionProvider
{
    public static readonly Permission ManageInventory = new("ManageInventory", "See stock and adjust it", "Inventory",
        RoleNames.Editor, RoleNames.OrderManager);

    public IEnumerable<Permission> Permissions => [ManageInventory];
}

using Multistore.Admin.Permissions;

namespace Multistore.Orders.Admin;

public sealed class OrderPermissions : IPermissionProvider
{
    public static readonly Permission ManageOrders = new("ManageOrders", "See orders, change their status, refund and write notes", "Orders",
        RoleNames.OrderManager);

    public IEnumerable<Permission> Permissions => [ManageOrders];
}

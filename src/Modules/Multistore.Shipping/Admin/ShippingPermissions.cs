using Multistore.Admin.Permissions;

namespace Multistore.Shipping.Admin;

public sealed class ShippingPermissions : IPermissionProvider
{
    public static readonly Permission ManageShipping = new("ManageShipping", "Set shipping zones, rates and pickup locations", "Shipping",
        RoleNames.Editor);

    public IEnumerable<Permission> Permissions => [ManageShipping];
}

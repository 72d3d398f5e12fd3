using Multistore.Admin.Permissions;

namespace Multistore.Promotions.Admin;

public sealed class CouponPermissions : IPermissionProvider
{
    public static readonly Permission ManageCoupons = new("ManageCoupons", "Create, change and disable coupon codes", "Promotions",
        RoleNames.Editor);

    public IEnumerable<Permission> Permissions => [ManageCoupons];
}

using Multistore.Admin.Permissions;

namespace Multistore.Tax.Admin;

public sealed class TaxPermissions : IPermissionProvider
{
    public static readonly Permission ManageTaxRules = new("ManageTaxRules", "Set the tax rates per country and region", "Tax",
        RoleNames.Editor);

    public IEnumerable<Permission> Permissions => [ManageTaxRules];
}

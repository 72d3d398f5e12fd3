using Multistore.Admin.Permissions;

namespace Multistore.Catalog.Admin;

public sealed class CatalogPermissions : IPermissionProvider
{
    public static readonly Permission ManageCatalog = new("ManageCatalog", "Edit products, categories and imports", "Catalog", RoleNames.Editor);

    public IEnumerable<Permission> Permissions => [ManageCatalog];
}

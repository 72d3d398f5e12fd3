using Multistore.Admin.Permissions;

namespace Multistore.Users.Admin;

public sealed class UsersPermissions : IPermissionProvider
{
    public static readonly Permission ManageUsers = new("ManageUsers", "Add users and see roles", "Users");

    public IEnumerable<Permission> Permissions => [ManageUsers];
}

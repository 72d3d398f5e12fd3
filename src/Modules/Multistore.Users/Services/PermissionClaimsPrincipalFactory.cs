using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Multistore.Admin.Permissions;

namespace Multistore.Users.Services;

/// <summary>
/// Adds a permission claim for each permission the user's roles grant, which the admin's policies check. Sign-in is when claims
/// are made, so it is also when the built-in roles receive the defaults of features enabled since they were made.
/// </summary>
internal sealed class PermissionClaimsPrincipalFactory(
    UserManager<IdentityUser> users,
    RoleManager<IdentityRole> roles,
    IOptions<IdentityOptions> options,
    UsersDbContext db,
    BuiltInRoles builtInRoles)
    : UserClaimsPrincipalFactory<IdentityUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(IdentityUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        await builtInRoles.EnsureAsync(CancellationToken.None);
        var permissions = await (
            from userRole in db.UserRoles
            join permission in db.RolePermissions on userRole.RoleId equals permission.RoleId
            where userRole.UserId == user.Id
            select permission.Permission).Distinct().ToListAsync();
        identity.AddClaims(permissions.Select(p => new Claim(AdminClaims.Permission, p)));
        return identity;
    }
}

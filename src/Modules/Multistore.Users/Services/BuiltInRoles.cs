using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Multistore.Admin.Permissions;
using Multistore.Users.Domain;

namespace Multistore.Users.Services;

/// <summary>Creates roles and sets the permissions they grant; the built-in roles start with their modules' defaults.</summary>
public sealed class BuiltInRoles(RoleManager<IdentityRole> roles, UsersDbContext db, IEnumerable<IPermissionProvider> providers)
{
    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        foreach (var name in RoleNames.All)
        {
            if (await roles.FindByNameAsync(name) is null)
            {
                await SetAsync(name, DefaultsFor(name), cancellationToken);
            }
        }
    }

    /// <summary>Creates the role if needed and makes <paramref name="permissions"/> exactly what it grants.</summary>
    public async Task SetAsync(string name, IReadOnlyCollection<string> permissions, CancellationToken cancellationToken)
    {
        var role = await roles.FindByNameAsync(name);
        if (role is null)
        {
            role = new IdentityRole(name);
            Check(await roles.CreateAsync(role), name);
        }

        await db.RolePermissions.Where(p => p.RoleId == role.Id).ExecuteDeleteAsync(cancellationToken);
        db.RolePermissions.AddRange(permissions.Distinct(StringComparer.OrdinalIgnoreCase).Select(p => new RolePermission { RoleId = role.Id, Permission = p }));
        await db.SaveChangesAsync(cancellationToken);
    }

    public IReadOnlyList<string> DefaultsFor(string role) =>
        string.Equals(role, RoleNames.Administrator, StringComparison.OrdinalIgnoreCase)
            ? [AdminClaims.AllPermissions]
            : [.. providers.SelectMany(p => p.Permissions).Where(p => p.DefaultRoles.Contains(role, StringComparer.OrdinalIgnoreCase)).Select(p => p.Name).Distinct()];

    private static void Check(IdentityResult result, string role)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Role '{role}' could not be created: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}

using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Multistore.Admin.Permissions;
using Multistore.Users.Domain;

namespace Multistore.Users.Services;

/// <summary>Creates roles and sets the permissions they grant; the built-in roles start with their modules' defaults.</summary>
internal sealed class BuiltInRoles(RoleManager<IdentityRole> roles, UsersDbContext db, IEnumerable<IPermissionProvider> providers)
{
    /// <summary>
    /// Makes the built-in roles that are missing, with their modules' defaults, and gives the existing ones the defaults of
    /// features enabled since; a default a role was given once is never given again, so an administrator's removal stands.
    /// </summary>
    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        foreach (var name in RoleNames.All)
        {
            var defaults = DefaultsFor(name);
            var role = await roles.FindByNameAsync(name);
            if (role is null)
            {
                await SetAsync(name, defaults, cancellationToken);
                role = await roles.FindByNameAsync(name);
            }

            var offered = await db.OfferedRoleDefaults.Where(o => o.RoleId == role!.Id).Select(o => o.Permission).ToListAsync(cancellationToken);
            var fresh = defaults.Except(offered, StringComparer.OrdinalIgnoreCase).ToList();
            if (fresh.Count == 0)
            {
                continue;
            }

            var granted = await db.RolePermissions.Where(p => p.RoleId == role!.Id).Select(p => p.Permission).ToListAsync(cancellationToken);
            db.RolePermissions.AddRange(fresh.Except(granted, StringComparer.OrdinalIgnoreCase).Select(p => new RolePermission { RoleId = role!.Id, Permission = p }));
            db.OfferedRoleDefaults.AddRange(fresh.Select(p => new OfferedRoleDefault { RoleId = role!.Id, Permission = p }));
            await SaveOnceAsync(cancellationToken);
        }
    }

    /// <summary>Two sign-ins at once may both top up a role; the second finds the rows written and leaves them.</summary>
    private async Task SaveOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
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

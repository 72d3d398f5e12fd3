using Microsoft.EntityFrameworkCore;
using Multistore.Users.Domain;

namespace Multistore.Users.Admin;

/// <summary>Reads users and roles for the admin pages; a tenant's admins are few, so lists are read whole.</summary>
internal sealed class UserDirectory(UsersDbContext db)
{
    public async Task<IReadOnlyList<UserRow>> UsersAsync(CancellationToken cancellationToken)
    {
        var users = await db.Users.AsNoTracking().OrderBy(u => u.NormalizedEmail).ToListAsync(cancellationToken);
        var memberships = await (
            from userRole in db.UserRoles
            join role in db.Roles on userRole.RoleId equals role.Id
            select new { userRole.UserId, role.Name }).ToListAsync(cancellationToken);
        var business = await db.UserClaims.AsNoTracking()
            .Where(c => c.ClaimType == BusinessCustomerClaim.Type && c.ClaimValue == BusinessCustomerClaim.Approved)
            .Select(c => c.UserId).ToListAsync(cancellationToken);
        var now = DateTimeOffset.UtcNow;
        return [.. users.Select(u => new UserRow(
            u.Id,
            u.Email ?? u.UserName ?? u.Id,
            [.. memberships.Where(m => m.UserId == u.Id).Select(m => m.Name!).Order(StringComparer.OrdinalIgnoreCase)],
            u.LockoutEnd > now ? u.LockoutEnd : null,
            business.Contains(u.Id)))];
    }

    public async Task<IReadOnlyList<RoleRow>> RolesAsync(CancellationToken cancellationToken)
    {
        var roles = await db.Roles.AsNoTracking().ToListAsync(cancellationToken);
        var permissions = await db.RolePermissions.AsNoTracking().ToListAsync(cancellationToken);
        var members = await db.UserRoles.AsNoTracking().GroupBy(r => r.RoleId).Select(g => new { RoleId = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return [.. roles
            .OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase)
            .Select(r => new RoleRow(
                r.Name!,
                [.. permissions.Where(p => p.RoleId == r.Id).Select(p => p.Permission).Order(StringComparer.OrdinalIgnoreCase)],
                members.FirstOrDefault(m => m.RoleId == r.Id)?.Count ?? 0))];
    }

    public Task<List<string>> RoleNamesAsync(CancellationToken cancellationToken) =>
        db.Roles.AsNoTracking().Select(r => r.Name!).OrderBy(n => n).ToListAsync(cancellationToken);
}

using System.Security.Claims;
using Multistore.Admin.Permissions;

namespace Multistore.Admin.Navigation;

/// <summary>The menu as a given user sees it: every contributed item the user's permissions allow, by section.</summary>
public sealed class AdminMenu(IEnumerable<AdminMenuItem> items)
{
    public IReadOnlyList<AdminMenuItem> Items { get; } = [.. items];

    public IReadOnlyList<AdminMenuSection> For(ClaimsPrincipal user) =>
    [
        .. Items
            .Where(item => Allows(user, item.Permission))
            .GroupBy(item => item.Section, StringComparer.OrdinalIgnoreCase)
            .OrderBy(group => SectionRank(group.Key))
            .ThenBy(group => group.Key, StringComparer.OrdinalIgnoreCase)
            .Select(group => new AdminMenuSection(group.Key, [.. group.OrderBy(i => i.Order).ThenBy(i => i.Title, StringComparer.CurrentCulture)])),
    ];

    public static bool Allows(ClaimsPrincipal user, Permission permission) =>
        user.HasClaim(AdminClaims.Permission, permission.Name) || user.HasClaim(AdminClaims.Permission, AdminClaims.AllPermissions);

    private static int SectionRank(string section)
    {
        var index = AdminSections.Ordered.ToList().FindIndex(s => string.Equals(s, section, StringComparison.OrdinalIgnoreCase));
        return index < 0 ? AdminSections.Ordered.Count - 2 : index;
    }
}

namespace Multistore.Admin.Permissions;

/// <summary>Every permission the tenant's enabled features declare.</summary>
public sealed class PermissionCatalog(IEnumerable<IPermissionProvider> providers)
{
    public IReadOnlyList<Permission> All { get; } = [.. providers.SelectMany(p => p.Permissions).DistinctBy(p => p.Name)];

    public Permission? Find(string name) => All.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The permissions a built-in role starts with.</summary>
    public IReadOnlyList<Permission> DefaultsFor(string role) => [.. All.Where(p => p.DefaultRoles.Contains(role, StringComparer.OrdinalIgnoreCase))];
}

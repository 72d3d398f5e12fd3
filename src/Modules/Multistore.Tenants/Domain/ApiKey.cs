namespace Multistore.Tenants.Domain;

/// <summary>
/// A key for the tenants API, issued in the host admin. Only its SHA-256 hash is stored; the key itself is
/// shown once, when issued. <see cref="Prefix"/> lets an operator recognise a key without holding it.
/// </summary>
internal sealed class ApiKey
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public string Prefix { get; set; } = "";
    public string Hash { get; set; } = "";

    /// <summary>Granted permissions, separated by spaces (see <see cref="TenantsPermissions"/>).</summary>
    public string Permissions { get; set; } = "";

    public DateTime CreatedUtc { get; set; }
    public DateTime? LastUsedUtc { get; set; }
    public DateTime? RevokedUtc { get; set; }

    public IReadOnlyList<string> PermissionList => Permissions.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public bool Grants(string permission) => RevokedUtc is null && PermissionList.Contains(permission, StringComparer.Ordinal);
}

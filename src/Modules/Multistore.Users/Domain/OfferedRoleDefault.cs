namespace Multistore.Users.Domain;

/// <summary>
/// A module's default permission that a built-in role has been given once. Remembered so that a feature enabled later adds its
/// defaults to the built-in roles, while a permission an administrator took away is not given back.
/// </summary>
internal sealed class OfferedRoleDefault
{
    public required string RoleId { get; init; }
    public required string Permission { get; init; }
}

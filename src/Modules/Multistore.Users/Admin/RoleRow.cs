namespace Multistore.Users.Admin;

/// <summary>A role with the permissions it grants and how many users have it.</summary>
public sealed record RoleRow(string Name, IReadOnlyList<string> Permissions, int Users);

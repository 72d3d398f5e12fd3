namespace Multistore.Users.Admin;

/// <summary>A user as the Users page lists it.</summary>
public sealed record UserRow(string Id, string Email, IReadOnlyList<string> Roles, DateTimeOffset? LockedUntil, bool IsBusinessCustomer = false);

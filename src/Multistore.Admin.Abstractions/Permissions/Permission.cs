using System.Diagnostics.CodeAnalysis;

namespace Multistore.Admin.Permissions;

/// <summary>
/// Something a user may do in the admin. Modules declare theirs in an <see cref="IPermissionProvider"/>;
/// <paramref name="DefaultRoles"/> are the built-in roles that get it when the roles are first made.
/// </summary>
[SuppressMessage("Naming", "CA1711", Justification = "A permission is the domain's own word, as in ASP.NET Core's authorization.")]
public sealed record Permission(string Name, string Title, string Category, params string[] DefaultRoles)
{
    private const string PolicyPrefix = "Permission:";

    /// <summary>The authorization policy that requires this permission.</summary>
    public string PolicyName => PolicyPrefix + Name;

    public static string? FromPolicyName(string policyName) =>
        policyName.StartsWith(PolicyPrefix, StringComparison.Ordinal) ? policyName[PolicyPrefix.Length..] : null;
}

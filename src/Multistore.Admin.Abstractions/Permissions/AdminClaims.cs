namespace Multistore.Admin.Permissions;

/// <summary>The claims the admin reads: one per permission the user's roles grant.</summary>
public static class AdminClaims
{
    public const string Permission = "multistore/permission";

    /// <summary>Granted to the Administrator role: every permission, including those of features enabled later.</summary>
    public const string AllPermissions = "*";
}

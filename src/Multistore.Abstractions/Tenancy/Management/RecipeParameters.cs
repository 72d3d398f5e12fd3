namespace Multistore.Tenancy.Management;

/// <summary>
/// The recipe parameters host management gives by name: the store administrator's sign-in. A store recipe without
/// AdminPassword gets a generated one, shown once to whoever created the store.
/// </summary>
public static class RecipeParameters
{
    public const string AdminEmail = "AdminEmail";

    public const string AdminPassword = "AdminPassword";
}

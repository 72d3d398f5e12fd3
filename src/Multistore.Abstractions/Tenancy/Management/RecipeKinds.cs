namespace Multistore.Tenancy.Management;

/// <summary>What a recipe makes (its <c>kind</c>); a recipe without one is a store recipe, as exports are.</summary>
public static class RecipeKinds
{
    /// <summary>A whole store: creating a tenant from it gives a store that answers.</summary>
    public const string Store = "store";

    /// <summary>The SaaS host (the Default tenant).</summary>
    public const string Host = "host";

    /// <summary>A part (a catalog, a payment section) that store recipes include; never a store of its own.</summary>
    public const string Fragment = "fragment";

    public static readonly IReadOnlyList<string> All = [Store, Host, Fragment];
}

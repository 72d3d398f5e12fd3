using Multistore.Setup;

namespace Multistore.Tenancy.Management;

/// <summary>
/// A tenant is set up only from a recipe of its kind: a store from a store recipe, the SaaS host from its host recipe.
/// A fragment (a catalog, a payment section) made a store that answered 404 everywhere (issue 14).
/// </summary>
public static class RecipeKindRule
{
    public static void Check(Recipe recipe, string tenantName)
    {
        var isHost = string.Equals(tenantName, TenantSettings.DefaultName, StringComparison.OrdinalIgnoreCase);
        var message = recipe.Kind switch
        {
            RecipeKinds.Fragment => $"Recipe '{recipe.Name}' is a fragment (kind 'fragment': a part that store recipes include), not a store. "
                + "Choose a store recipe such as 'store', or include it in one.",
            RecipeKinds.Host when !isHost => $"Recipe '{recipe.Name}' sets up the SaaS host (kind 'host'), not a store. Choose a store recipe such as 'store'.",
            _ => null,
        };
        if (message is not null)
        {
            throw TenantValidationException.For("recipe", message);
        }
    }

    /// <summary>Whether a door offers the recipe for creating a store.</summary>
    public static bool OffersForStores(Recipe recipe) => recipe.Kind == RecipeKinds.Store;
}

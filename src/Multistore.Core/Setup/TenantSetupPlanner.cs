using Multistore.BrandTemplates;
using Multistore.Modules;
using Multistore.Recipes;
using Multistore.Tenancy;

namespace Multistore.Setup;

/// <summary>
/// The reading half of setup: expands the recipe with its parameters, resolves the features it and the brand template
/// ask for, and checks them against the tenant's feature profile. It writes nothing, so <see cref="TenantSetupService"/>
/// can refuse a store before touching its database, and keeps to the writing half (registry, database, shell).
/// </summary>
internal sealed class TenantSetupPlanner(RecipeExpander expander, FeatureSet featureSet, BrandTemplateStore templates, FeatureProfileGuard profileGuard)
{
    public async Task<TenantSetupPlan> PlanAsync(TenantSettings tenant, Recipe recipe, IReadOnlyDictionary<string, string> parameters, CancellationToken cancellationToken)
    {
        var values = new Dictionary<string, string>(parameters, StringComparer.OrdinalIgnoreCase);
        var password = StoreAdminPassword.Supply(expander.Parameters(recipe), values);
        var steps = expander.Expand(recipe, values);
        var chain = await templates.ChainAsync(tenant.Template, cancellationToken);
        var requested = steps.Where(s => s.Name == "features").SelectMany(s => FeaturesRecipeStep.Requested(s.Step)).Concat(chain.Features);
        var features = featureSet.Resolve(requested.Where(id => featureSet.Resolve([id], tenant.IsDefault).Succeeded), tenant.IsDefault).Features;

        await profileGuard.EnsureAllowedAsync(tenant, features.Select(f => f.Id), cancellationToken);
        return new TenantSetupPlan(steps, chain, features, password);
    }
}

using Multistore.BrandTemplates;
using Multistore.Modules;
using Multistore.Recipes;

namespace Multistore.Setup;

/// <summary>
/// What a setup will do, worked out before anything is written: the recipe's expanded steps, the brand template chain,
/// the features the store gets, and the store administrator's password when the recipe made one up.
/// </summary>
internal sealed record TenantSetupPlan(IReadOnlyList<RecipeStepInstance> Steps, TemplateChain Chain, IReadOnlyList<FeatureInfo> Features, string? Password);

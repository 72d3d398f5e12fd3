using System.Text.Json;
using Multistore.Settings;

namespace Multistore.Recipes;

/// <summary>
/// <c>{ "name": "settings", "Site": { "SiteName": "..." }, "Catalog": { ... } }</c>: each property is a settings
/// group, merged into what the group already holds.
/// </summary>
internal sealed class SettingsRecipeStep(ISiteSettingsStore store) : IRecipeStep
{
    public string Name => "settings";

    public void Validate(RecipeStepContext context)
    {
        foreach (var group in context.Step.EnumerateObject().Where(p => p.Name != "name"))
        {
            if (group.Value.ValueKind != JsonValueKind.Object)
            {
                context.AddError(group.Name, "must be an object of settings.");
            }
        }

        if (context.Step.TryGetProperty(SiteSettings.GroupName, out var site) && site.ValueKind == JsonValueKind.Object)
        {
            SiteSettingsValidation.Validate(site, context);
        }
    }

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        foreach (var group in context.Step.EnumerateObject().Where(p => p.Name != "name"))
        {
            await store.MergeAsync(group.Name, group.Value, cancellationToken);
        }
    }
}

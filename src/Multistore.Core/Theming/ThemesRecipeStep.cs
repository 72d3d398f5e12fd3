using System.Text.Json;
using System.Text.Json.Nodes;
using Multistore.Recipes;
using Multistore.Settings;

namespace Multistore.Theming;

/// <summary><c>{ "name": "themes", "site": "Nordic", "settings": { "primaryColor": "#0b3d2e" } }</c></summary>
internal sealed class ThemesRecipeStep(ThemeCatalog themes, ISiteSettingsStore store) : IRecipeStep
{
    public string Name => "themes";

    public void Validate(RecipeStepContext context)
    {
        var theme = context.ReadString(context.Step, "site", required: true);
        if (theme is not null && themes.Find(theme) is not { IsAdmin: false })
        {
            context.AddError("site", $"There is no storefront theme '{theme}'. Themes: {string.Join(", ", themes.Themes.Where(t => !t.IsAdmin).Select(t => t.Name))}.");
        }

        if (context.Step.TryGetProperty("settings", out var settings) && settings.ValueKind != JsonValueKind.Object)
        {
            context.AddError("settings", "must be an object of theme settings.");
        }
    }

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var site = new JsonObject { [nameof(SiteSettings.Theme)] = context.Step.GetProperty("site").GetString() };
        await store.MergeAsync(SiteSettings.GroupName, JsonSerializer.SerializeToElement(site), cancellationToken);
        if (context.Step.TryGetProperty("settings", out var settings))
        {
            await store.SaveAsync(ThemeSettings.GroupName, settings, cancellationToken);
        }
    }
}

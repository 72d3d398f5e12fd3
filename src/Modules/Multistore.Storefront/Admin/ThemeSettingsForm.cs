using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;
using Multistore.Admin.Routing;
using Multistore.Theming;

namespace Multistore.Storefront.Admin;

/// <summary>The posted theme form: the chosen theme and a value per setting of its schema (inputs named <c>settings.{key}</c>).</summary>
public sealed record ThemeSettingsForm(string Theme, IReadOnlyDictionary<string, string> Values)
{
    public const string Prefix = "settings.";

    public static ThemeSettingsForm Read(IFormCollection form) => new(
        form["Theme"].ToString().Trim(),
        form.Keys.Where(k => k.StartsWith(Prefix, StringComparison.Ordinal))
            .ToDictionary(k => k[Prefix.Length..], k => form[k].ToString().Trim(), StringComparer.OrdinalIgnoreCase));

    /// <summary>Checks the theme and each value against the theme's schema; keys the schema does not have are ignored.</summary>
    public FormErrors Validate(IThemeCatalog themes, IStringLocalizer t)
    {
        var errors = new FormErrors();
        if (themes.Find(Theme) is not { IsAdmin: false })
        {
            errors.Add("Theme", t["Choose one of the themes: {0}.", string.Join(", ", StorefrontThemes(themes).Select(theme => theme.Name))]);
            return errors;
        }

        foreach (var field in ThemeSettingsSchema.Fields(themes, Theme))
        {
            if (Values.TryGetValue(field.Key, out var value) && ThemeSettingsSchema.Check(field, value) is { } problem)
            {
                errors.Add(Prefix + field.Key, $"{field.Label} {problem}");
            }
        }

        return errors;
    }

    /// <summary>The values that differ from the theme's defaults: what the tenant changed, so a later theme switch keeps the new theme's own look.</summary>
    public Dictionary<string, string> Changed(IThemeCatalog themes) =>
        ThemeSettingsSchema.Fields(themes, Theme)
            .Where(f => Values.TryGetValue(f.Key, out var value) && !string.Equals(value, f.Default, StringComparison.Ordinal))
            .ToDictionary(f => f.Key, f => Values[f.Key], StringComparer.OrdinalIgnoreCase);

    public static IEnumerable<ThemeManifest> StorefrontThemes(IThemeCatalog themes) =>
        themes.Themes.Where(t => !t.IsAdmin).OrderBy(t => t.DisplayName, StringComparer.OrdinalIgnoreCase);
}

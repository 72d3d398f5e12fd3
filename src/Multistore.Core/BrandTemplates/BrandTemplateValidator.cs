using System.Text.Json;
using Multistore.Commerce;
using Multistore.Localization;
using Multistore.Modules;
using Multistore.Settings;
using Multistore.Setup;
using Multistore.Tenancy;
using Multistore.Theming;

namespace Multistore.BrandTemplates;

/// <summary>
/// Says per field what is wrong with a template before it is stored: its name, a parent that exists without a
/// circle or more than three levels (for it and every template below it), features the host has, settings groups
/// that are objects without secrets, and Site values that make sense (culture, currency, time zone, theme).
/// </summary>
internal sealed class BrandTemplateValidator(FeatureSet features, ThemeCatalog themes)
{
    public void Validate(BrandTemplate template, IReadOnlyDictionary<string, BrandTemplate> existing)
    {
        var errors = new ValidationErrors();
        errors.Add("name", TenantNameRules.CheckName(template.Name)?.Replace("Name", "Template name", StringComparison.Ordinal));
        CheckInheritance(template, existing, errors);
        for (var i = 0; i < template.Features.Count; i++)
        {
            var resolution = features.Resolve([template.Features[i]], isDefaultTenant: false);
            errors.Add($"features[{i}]", resolution.Succeeded ? null : string.Join(" ", resolution.Errors));
        }

        foreach (var (group, value) in template.Settings)
        {
            if (value.ValueKind != JsonValueKind.Object)
            {
                errors.Add($"settings.{group}", $"Settings group '{group}' must be an object of values.");
                continue;
            }

            foreach (var (path, _) in SettingsCascade.Leaves(value, ""))
            {
                if (path.Split('.').Any(SecretFilter.IsSecret))
                {
                    errors.Add($"settings.{group}.{path}", $"'{path}' looks like a secret: secrets are never inherited, set it on each store.");
                }
            }

            if (string.Equals(group, SiteSettings.GroupName, StringComparison.OrdinalIgnoreCase))
            {
                CheckSite(value, errors);
            }
        }

        errors.ThrowIfAny();
    }

    private static void CheckInheritance(BrandTemplate template, IReadOnlyDictionary<string, BrandTemplate> existing, ValidationErrors errors)
    {
        if (template.Parent is null)
        {
            return;
        }

        var all = new Dictionary<string, BrandTemplate>(existing, StringComparer.OrdinalIgnoreCase) { [template.Name] = template };
        if (!existing.ContainsKey(template.Parent))
        {
            errors.Add("parent", $"There is no brand template '{template.Parent}'.");
            return;
        }

        if (TemplateChain.Resolve(template.Name, all, out var error) is null)
        {
            errors.Add("parent", error);
            return;
        }

        // A template below this one may now be too deep.
        foreach (var name in all.Keys)
        {
            if (TemplateChain.Resolve(name, all, out var below) is null)
            {
                errors.Add("parent", $"Template '{name}' inherits from '{template.Name}': {below}");
            }
        }
    }

    private void CheckSite(JsonElement site, ValidationErrors errors)
    {
        foreach (var property in site.EnumerateObject())
        {
            var field = $"settings.{SiteSettings.GroupName}.{property.Name}";
            var text = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : null;
            switch (property.Name.ToLowerInvariant())
            {
                case "defaultculture":
                    errors.Add(field, text is null ? "A culture name is required." : CultureNames.Check(text));
                    break;
                case "supportedcultures":
                    errors.Add(field, property.Value.ValueKind != JsonValueKind.Array
                        || property.Value.EnumerateArray().Any(c => c.ValueKind != JsonValueKind.String || CultureNames.Check(c.GetString()!) is not null)
                        ? "A list of known culture names is required, e.g. [\"sv-SE\", \"en-US\"]." : null);
                    break;
                case "currency":
                    errors.Add(field, text is null ? "An ISO 4217 currency code is required." : Currency.Check(text));
                    break;
                case "timezone":
                    errors.Add(field, text is not null && TimeZoneInfo.TryFindSystemTimeZoneById(text, out _) ? null : $"'{property.Value}' is not a known time zone.");
                    break;
                case "theme":
                    errors.Add(field, text is not null && themes.Find(text) is not null ? null : $"There is no theme '{property.Value}'.");
                    break;
            }
        }
    }
}

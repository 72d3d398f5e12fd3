using System.Text.Json;
using System.Text.Json.Nodes;
using Multistore.Modules;
using Multistore.Settings;
using Multistore.Setup;
using Multistore.Tenancy;

namespace Multistore.BrandTemplates;

/// <summary>
/// Compares a store with its brand templates (the settings values it overrides; features a template gives cannot be
/// switched off in a store, so they never drift) or with its recipe and the recipes it includes (features enabled or not,
/// literal settings values and the theme; values the recipe takes from parameters are listed as not compared). Reads the
/// store's database directly, so comparing the fleet starts no store.
/// </summary>
internal sealed class StoreDriftReader(TenantRegistry registry, BrandTemplateStore templates, StoreSettingsReader reader, IRecipeCatalog recipes, FeatureSet features)
{
    private const int MaxIncludeDepth = 5;
    private static readonly JsonElement True = JsonSerializer.SerializeToElement(true);
    private static readonly JsonElement False = JsonSerializer.SerializeToElement(false);
    private static readonly JsonElement Missing = JsonSerializer.SerializeToElement<object?>(null);

    public TenantSettings Store(string name)
    {
        var tenant = registry.Find(name) ?? throw TenantValidationException.For("name", $"There is no tenant '{name}'.");
        if (tenant.IsDefault)
        {
            throw TenantValidationException.For("name", $"'{tenant.Name}' is the SaaS host, not a store: it has no template or store recipe to drift from.");
        }

        if (tenant.State is not (TenantState.Running or TenantState.Disabled))
        {
            throw TenantValidationException.For("state", $"Tenant '{tenant.Name}' is {tenant.State}; only a store that has been set up can be compared.");
        }

        return tenant;
    }

    public async Task<StoreDrift> DiffAsync(string name, DriftBaseline against, CancellationToken cancellationToken)
    {
        var tenant = Store(name);
        var chain = await templates.ChainAsync(tenant.Template, cancellationToken);
        var own = await reader.ReadAsync(tenant, cancellationToken);
        return against == DriftBaseline.Template ? AgainstTemplate(tenant, chain, own) : await AgainstRecipeAsync(tenant, chain, own, cancellationToken);
    }

    private static StoreDrift AgainstTemplate(TenantSettings tenant, TemplateChain chain, IReadOnlyDictionary<string, JsonElement> own)
    {
        if (tenant.Template is null)
        {
            return new StoreDrift(tenant.Name, DriftBaseline.Template, null, [], []);
        }

        var items = new List<DriftItem>();
        foreach (var (group, value) in own.OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase))
        {
            var sources = SettingsCascade.Sources(group, value, chain);
            foreach (var mine in sources.Where(s => s.Source == SettingSource.Store))
            {
                var inherited = sources.FirstOrDefault(s => s.Source != SettingSource.Store && string.Equals(s.Path, mine.Path, StringComparison.OrdinalIgnoreCase));
                if (inherited is not null && !JsonNode.DeepEquals(JsonNode.Parse(mine.Value.GetRawText()), JsonNode.Parse(inherited.Value.GetRawText())))
                {
                    items.Add(new DriftItem(DriftItem.SettingKey(group, mine.Path), DriftItem.Setting, group, mine.Path, mine.Value, inherited.Value, inherited.Source));
                }
            }
        }

        return new StoreDrift(tenant.Name, DriftBaseline.Template, tenant.Template, items, []);
    }

    private async Task<StoreDrift> AgainstRecipeAsync(TenantSettings tenant, TemplateChain chain, IReadOnlyDictionary<string, JsonElement> own, CancellationToken cancellationToken)
    {
        Recipe recipe;
        try
        {
            recipe = recipes.Get(tenant.RecipeName ?? "");
        }
        catch (Multistore.Recipes.RecipeException)
        {
            // Made from an uploaded recipe (an export) or one removed since: there is nothing on this host to compare with.
            return new StoreDrift(tenant.Name, DriftBaseline.Recipe, null, [], []);
        }

        var wanted = new RecipeBaseline();
        Collect(recipe, wanted, 0);
        var items = new List<DriftItem>();
        var notCompared = new List<string>();
        foreach (var ((group, path), expected) in wanted.Settings.OrderBy(s => s.Key.Group, StringComparer.OrdinalIgnoreCase).ThenBy(s => s.Key.Path, StringComparer.OrdinalIgnoreCase))
        {
            if (expected.ValueKind == JsonValueKind.String && expected.GetString()!.Contains("${", StringComparison.Ordinal))
            {
                notCompared.Add($"{group}.{path} ({expected.GetString()})");
                continue;
            }

            var current = At(SettingsCascade.Effective(group, own.TryGetValue(group, out var value) ? value : null, chain), path) ?? Missing;
            if (!JsonNode.DeepEquals(JsonNode.Parse(current.GetRawText()), JsonNode.Parse(expected.GetRawText())))
            {
                items.Add(new DriftItem(DriftItem.SettingKey(group, path), DriftItem.Setting, group, path, current, expected, recipe.Name));
            }
        }

        var inherited = chain.Features;
        var mine = features.Resolve((await reader.ReadFeaturesAsync(tenant, cancellationToken)).Concat(inherited), false).Ids;
        var theirs = features.Resolve(wanted.Features.Concat(inherited), false).Ids;
        foreach (var id in mine.Except(theirs, StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal))
        {
            items.Add(new DriftItem(DriftItem.FeatureKey(id), DriftItem.Feature, "features", id, True, False, recipe.Name));
        }

        foreach (var id in theirs.Except(mine, StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal))
        {
            items.Add(new DriftItem(DriftItem.FeatureKey(id), DriftItem.Feature, "features", id, False, True, recipe.Name));
        }

        return new StoreDrift(tenant.Name, DriftBaseline.Recipe, recipe.Name, items, notCompared);
    }

    /// <summary>The features a recipe enables and the settings values it writes, through the recipes it includes, later steps winning.</summary>
    private void Collect(Recipe recipe, RecipeBaseline into, int depth)
    {
        foreach (var step in recipe.Steps.Where(s => s.ValueKind == JsonValueKind.Object))
        {
            var name = step.TryGetProperty("name", out var n) ? n.GetString() : null;
            switch (name)
            {
                case "recipes" when depth < MaxIncludeDepth && step.TryGetProperty("values", out var values) && values.ValueKind == JsonValueKind.Array:
                    foreach (var included in values.EnumerateArray())
                    {
                        if (included.TryGetProperty("name", out var includedName) && includedName.GetString() is { } fragment)
                        {
                            Collect(recipes.Get(fragment), into, depth + 1);
                        }
                    }

                    break;
                case "features":
                    into.Enable(step, "enable", true);
                    into.Enable(step, "disable", false);
                    break;
                case "settings":
                    foreach (var group in step.EnumerateObject().Where(p => p.Name != "name" && p.Value.ValueKind == JsonValueKind.Object))
                    {
                        foreach (var (path, leaf) in SettingsCascade.Leaves(group.Value, ""))
                        {
                            into.Settings[(group.Name, path)] = leaf.Clone();
                        }
                    }

                    break;
                case "themes" when step.TryGetProperty("site", out var theme) && theme.ValueKind == JsonValueKind.String:
                    into.Settings[(SiteSettings.GroupName, nameof(SiteSettings.Theme))] = theme.Clone();
                    break;
            }
        }
    }

    /// <summary>The value at a dotted path of a settings group (property names without case), or null.</summary>
    private static JsonElement? At(JsonElement? group, string path)
    {
        var current = group;
        foreach (var part in path.Split('.'))
        {
            if (current is not { ValueKind: JsonValueKind.Object } element)
            {
                return null;
            }

            current = element.EnumerateObject().Where(p => string.Equals(p.Name, part, StringComparison.OrdinalIgnoreCase)).Select(p => (JsonElement?)p.Value).FirstOrDefault();
        }

        return current;
    }

    private sealed class RecipeBaseline
    {
        public Dictionary<(string Group, string Path), JsonElement> Settings { get; } = new(GroupPathComparer.Instance);

        public HashSet<string> Features { get; } = new(StringComparer.OrdinalIgnoreCase);

        public void Enable(JsonElement step, string property, bool enable)
        {
            if (step.TryGetProperty(property, out var ids) && ids.ValueKind == JsonValueKind.Array)
            {
                foreach (var id in ids.EnumerateArray().Select(i => i.GetString()).OfType<string>())
                {
                    if (enable)
                    {
                        Features.Add(id);
                    }
                    else
                    {
                        Features.Remove(id);
                    }
                }
            }
        }
    }

    private sealed class GroupPathComparer : IEqualityComparer<(string Group, string Path)>
    {
        public static readonly GroupPathComparer Instance = new();

        public bool Equals((string Group, string Path) x, (string Group, string Path) y) =>
            StringComparer.OrdinalIgnoreCase.Equals(x.Group, y.Group) && StringComparer.OrdinalIgnoreCase.Equals(x.Path, y.Path);

        public int GetHashCode((string Group, string Path) obj) =>
            HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Group), StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Path));
    }
}

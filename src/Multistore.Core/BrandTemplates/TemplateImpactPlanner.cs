using System.Text.Json;
using Multistore.Tenancy;

namespace Multistore.BrandTemplates;

/// <summary>
/// Works out, before a template is saved, which stores each changed value reaches: every store that inherits
/// from the template, less those that set the value themselves or through a template closer to them.
/// </summary>
internal sealed class TemplateImpactPlanner(TenantRegistry registry, StoreSettingsReader reader)
{
    /// <summary>The stores whose chain holds <paramref name="template"/>, by name.</summary>
    public static IReadOnlyList<TenantSettings> Inheriting(string template, IReadOnlyDictionary<string, BrandTemplate> all, IEnumerable<TenantSettings> tenants) =>
        [.. tenants
            .Where(t => t.Template is not null && TemplateChain.Resolve(t.Template, all, out _) is { } chain && chain.Contains(template))
            .OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase)];

    public async Task<TemplateImpact> PlanAsync(BrandTemplate proposed, IReadOnlyDictionary<string, BrandTemplate> all, CancellationToken cancellationToken)
    {
        var current = all.GetValueOrDefault(proposed.Name);
        var updated = new Dictionary<string, BrandTemplate>(all, StringComparer.OrdinalIgnoreCase) { [proposed.Name] = proposed };
        var stores = Inheriting(proposed.Name, updated, registry.All);
        var own = new Dictionary<string, IReadOnlyDictionary<string, JsonElement>>(StringComparer.OrdinalIgnoreCase);
        var changes = new List<TemplateChange>();
        foreach (var (group, path, before, after) in Diff(current, proposed))
        {
            var affected = new List<string>();
            var overriding = new List<string>();
            foreach (var store in stores)
            {
                if (!own.TryGetValue(store.Name, out var settings))
                {
                    own[store.Name] = settings = await reader.ReadAsync(store, cancellationToken);
                }

                var closer = TemplateChain.Resolve(store.Template!, updated, out _)!.Levels
                    .TakeWhile(l => !string.Equals(l.Name, proposed.Name, StringComparison.OrdinalIgnoreCase));
                var ownGroup = settings.FirstOrDefault(s => string.Equals(s.Key, group, StringComparison.OrdinalIgnoreCase));
                var overrides = (ownGroup.Key is not null && Sets(ownGroup.Value, path)) || closer.Any(l => l.Group(group) is { } g && Sets(g, path));
                (overrides ? overriding : affected).Add(store.Name);
            }

            changes.Add(new TemplateChange(group, path, before, after, affected, overriding));
        }

        var featuresBefore = current?.Features ?? [];
        return new TemplateImpact(
            proposed.Name,
            [.. stores.Select(s => s.Name)],
            changes,
            [.. proposed.Features.Except(featuresBefore, StringComparer.OrdinalIgnoreCase)],
            [.. featuresBefore.Except(proposed.Features, StringComparer.OrdinalIgnoreCase)]);
    }

    private static IEnumerable<(string Group, string Path, JsonElement? Before, JsonElement? After)> Diff(BrandTemplate? current, BrandTemplate proposed)
    {
        var groups = proposed.Settings.Keys.Concat(current?.Settings.Keys ?? []).Distinct(StringComparer.OrdinalIgnoreCase);
        foreach (var group in groups)
        {
            var before = LeavesOf(current?.Group(group));
            var after = LeavesOf(proposed.Group(group));
            foreach (var path in before.Keys.Concat(after.Keys).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                JsonElement? was = before.TryGetValue(path, out var b) ? b : null;
                JsonElement? will = after.TryGetValue(path, out var a) ? a : null;
                if (was?.GetRawText() != will?.GetRawText())
                {
                    yield return (group, path, was, will);
                }
            }
        }
    }

    private static Dictionary<string, JsonElement> LeavesOf(JsonElement? group) =>
        group is { } value
            ? SettingsCascade.Leaves(value, "").ToDictionary(l => l.Path, l => l.Value.Clone(), StringComparer.OrdinalIgnoreCase)
            : new Dictionary<string, JsonElement>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a level sets the value at <paramref name="path"/> (itself, an enclosing value, or part of it).</summary>
    private static bool Sets(JsonElement group, string path) =>
        SettingsCascade.Leaves(group, "").Any(l =>
            string.Equals(l.Path, path, StringComparison.OrdinalIgnoreCase)
            || path.StartsWith(l.Path + ".", StringComparison.OrdinalIgnoreCase)
            || l.Path.StartsWith(path + ".", StringComparison.OrdinalIgnoreCase));
}

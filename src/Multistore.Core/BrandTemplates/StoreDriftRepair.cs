using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Settings;
using Multistore.Setup;
using Multistore.Shells;

namespace Multistore.BrandTemplates;

/// <summary>
/// <see cref="IStoreDrift"/>: the comparison, and "bring back". Against a template a setting returns to inherited (the
/// store's own value is removed); against a recipe it is set to the recipe's value, and a feature is enabled or disabled
/// as the recipe has it. Settings are written through the store's settings store and features through its feature
/// management, so every node rebuilds the store as for any other change.
/// </summary>
internal sealed class StoreDriftRepair(StoreDriftReader drift, ShellHost shells, TenantFeatures features) : IStoreDrift
{
    public Task<StoreDrift> DiffAsync(string tenant, DriftBaseline against, CancellationToken cancellationToken) => drift.DiffAsync(tenant, against, cancellationToken);

    public async Task<StoreDrift> BringBackAsync(string tenant, DriftBaseline against, IReadOnlyCollection<string>? keys, CancellationToken cancellationToken)
    {
        var before = await drift.DiffAsync(tenant, against, cancellationToken);
        var unknown = keys?.Where(k => !before.Items.Any(i => string.Equals(i.Key, k, StringComparison.OrdinalIgnoreCase))).ToList() ?? [];
        if (unknown.Count > 0)
        {
            throw TenantValidationException.For("keys", $"{string.Join(", ", unknown.Select(k => $"'{k}'"))} {(unknown.Count == 1 ? "is" : "are")} not a difference of '{before.Tenant}' from its {against.ToString().ToLowerInvariant()}; nothing was changed.");
        }

        var chosen = before.Items.Where(i => keys is null || keys.Contains(i.Key, StringComparer.OrdinalIgnoreCase)).ToList();
        if (chosen.Count == 0)
        {
            return before;
        }

        var settings = chosen.Where(i => i.Kind == DriftItem.Setting).GroupBy(i => i.Group, StringComparer.OrdinalIgnoreCase).ToList();
        if (settings.Count > 0)
        {
            var shell = await shells.GetAsync(drift.Store(tenant));
            await using var scope = shell.Services.CreateAsyncScope();
            var store = scope.ServiceProvider.GetRequiredService<ISiteSettingsStore>();
            foreach (var group in settings)
            {
                if (against == DriftBaseline.Template)
                {
                    await store.ResetAsync(group.Key, [.. group.Select(i => i.Path)], cancellationToken);
                }
                else
                {
                    await store.MergeAsync(group.Key, Nested(group), cancellationToken);
                }
            }
        }

        // Features the recipe does not have are switched off dependants first (the reverse of the enable order).
        foreach (var item in chosen.Where(i => i.Kind == DriftItem.Feature && i.Baseline.ValueKind == JsonValueKind.False).Reverse())
        {
            await features.DisableAsync(tenant, item.Path, cancellationToken);
        }

        var enable = chosen.Where(i => i.Kind == DriftItem.Feature && i.Baseline.ValueKind == JsonValueKind.True).Select(i => i.Path).ToList();
        if (enable.Count > 0)
        {
            await features.EnableAsync(tenant, enable, cancellationToken);
        }

        return await drift.DiffAsync(tenant, against, cancellationToken);
    }

    /// <summary>The chosen values of one group as an object to merge: "Colors.Primary" becomes { "Colors": { "Primary": ... } }.</summary>
    private static JsonElement Nested(IEnumerable<DriftItem> items)
    {
        var root = new JsonObject();
        foreach (var item in items)
        {
            var parts = item.Path.Split('.');
            var node = root;
            foreach (var part in parts[..^1])
            {
                if (node[part] is not JsonObject child)
                {
                    child = new JsonObject();
                    node[part] = child;
                }

                node = child;
            }

            node[parts[^1]] = JsonNode.Parse(item.Baseline.GetRawText());
        }

        return JsonSerializer.SerializeToElement(root);
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;

namespace Multistore.BrandTemplates;

/// <summary>
/// Resolves a settings group through the cascade: the store's own values, then its templates closest first.
/// Objects merge property by property (names compared without case, as settings bind); any other value,
/// arrays included, is taken whole from the first level that sets it.
/// </summary>
internal static class SettingsCascade
{
    /// <summary>The group as the store sees it, or null when no level sets it.</summary>
    public static JsonElement? Effective(string group, JsonElement? own, TemplateChain chain)
    {
        if (chain.Levels.Count == 0)
        {
            return own;
        }

        JsonNode? merged = null;
        foreach (var layer in chain.Levels.Reverse().Select(l => l.Group(group)).Append(own))
        {
            if (layer is { } value)
            {
                merged = Overlay(merged, JsonNode.Parse(value.GetRawText()));
            }
        }

        return merged is null ? null : JsonSerializer.SerializeToElement(merged);
    }

    /// <summary>
    /// Every value set at some level, as a path ("Currency", "Colors.Primary") with where it comes from;
    /// <paramref name="ownLabel"/> names the first level (the store, or the template being edited).
    /// </summary>
    public static IReadOnlyList<SettingSource> Sources(string group, JsonElement? own, TemplateChain chain, string ownLabel = SettingSource.Store)
    {
        var sources = new List<SettingSource>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var layers = new List<(string Source, JsonElement? Value)> { (ownLabel, own) };
        layers.AddRange(chain.Levels.Select(l => (l.Name, l.Group(group))));
        foreach (var (source, value) in layers)
        {
            if (value is { } element)
            {
                foreach (var (path, leaf) in Leaves(element, ""))
                {
                    var overriddenBy = seen.Contains(path) || seen.Any(p => path.StartsWith(p + ".", StringComparison.OrdinalIgnoreCase));
                    sources.Add(new SettingSource(group, path, leaf.Clone(), source, !overriddenBy));
                    seen.Add(path);
                }
            }
        }

        return sources;
    }

    /// <summary>The leaf values of an object by dotted path; arrays and scalars are leaves.</summary>
    public static IEnumerable<(string Path, JsonElement Value)> Leaves(JsonElement element, string prefix)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            yield return (prefix, element);
            yield break;
        }

        foreach (var property in element.EnumerateObject())
        {
            var path = prefix.Length == 0 ? property.Name : $"{prefix}.{property.Name}";
            foreach (var leaf in Leaves(property.Value, path))
            {
                yield return leaf;
            }
        }
    }

    private static JsonNode? Overlay(JsonNode? under, JsonNode? over)
    {
        if (under is not JsonObject target || over is not JsonObject source)
        {
            return over;
        }

        foreach (var (key, value) in source.ToList())
        {
            var existing = target.FirstOrDefault(p => string.Equals(p.Key, key, StringComparison.OrdinalIgnoreCase));
            source.Remove(key);
            if (existing.Key is not null)
            {
                target.Remove(existing.Key);
                target[key] = Overlay(existing.Value, value);
            }
            else
            {
                target[key] = value;
            }
        }

        return target;
    }
}

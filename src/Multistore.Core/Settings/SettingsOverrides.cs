using System.Text.Json;
using System.Text.Json.Nodes;

namespace Multistore.Settings;

/// <summary>
/// Decides what a store keeps as its own when it writes a settings group. A value equal to what the store inherits from its
/// brand templates is not an override: keeping it would cut the store off from later template changes. Property names
/// compare without case, as settings bind.
/// </summary>
internal static class SettingsOverrides
{
    /// <summary>
    /// The store's own values after writing <paramref name="written"/>: with <paramref name="replace"/> the written values
    /// are the whole group (anything not written is inherited again), otherwise they change only the properties they name.
    /// </summary>
    public static JsonElement Apply(JsonElement? own, JsonElement written, JsonElement? inherited, bool replace)
    {
        if (written.ValueKind != JsonValueKind.Object)
        {
            return written.Clone();
        }

        var result = !replace && own is { ValueKind: JsonValueKind.Object } current ? JsonNode.Parse(current.GetRawText())!.AsObject() : [];
        Write(result, written, inherited);
        return JsonSerializer.SerializeToElement(result);
    }

    /// <summary>The store's own values without the given dotted paths ("Fee", "Colors.Primary"): those are inherited again.</summary>
    public static JsonElement Reset(JsonElement? own, IEnumerable<string> paths)
    {
        var result = own is { ValueKind: JsonValueKind.Object } current ? JsonNode.Parse(current.GetRawText())!.AsObject() : [];
        foreach (var path in paths)
        {
            var names = path.Split('.');
            var parent = result;
            foreach (var name in names[..^1])
            {
                parent = Find(parent, name) is { } key && parent[key] is JsonObject child ? child : null;
                if (parent is null)
                {
                    break;
                }
            }

            if (parent is not null && Find(parent, names[^1]) is { } leaf)
            {
                parent.Remove(leaf);
            }
        }

        return JsonSerializer.SerializeToElement(result);
    }

    private static void Write(JsonObject target, JsonElement written, JsonElement? inherited)
    {
        foreach (var property in written.EnumerateObject())
        {
            if (Find(target, property.Name) is { } existing)
            {
                target.Remove(existing);
            }

            var from = Property(inherited, property.Name);
            if (from is { ValueKind: JsonValueKind.Object } parent && property.Value.ValueKind == JsonValueKind.Object)
            {
                var child = new JsonObject();
                Write(child, property.Value, parent);
                if (child.Count > 0)
                {
                    target[property.Name] = child;
                }
            }
            else if (from is not { } value || !JsonElement.DeepEquals(value, property.Value))
            {
                target[property.Name] = JsonNode.Parse(property.Value.GetRawText());
            }
        }
    }

    private static JsonElement? Property(JsonElement? group, string name) =>
        group is { ValueKind: JsonValueKind.Object } value
            ? value.EnumerateObject().Where(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)).Select(p => (JsonElement?)p.Value).LastOrDefault()
            : null;

    private static string? Find(JsonObject target, string name) =>
        target.Select(p => p.Key).FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));
}

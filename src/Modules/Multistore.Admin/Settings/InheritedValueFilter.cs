using System.Text.Json;
using System.Text.Json.Nodes;

namespace Multistore.Admin.Settings;

/// <summary>
/// A settings form posts every field, also those the store inherits from its brand template. Saving them all would make each
/// inherited value the store's own and cut it off from later template changes; this keeps only the fields the store already
/// sets itself or that the editor changed.
/// </summary>
public static class InheritedValueFilter
{
    public static JsonElement OwnOrChanged(JsonElement posted, JsonElement? effective, JsonElement? own)
    {
        var kept = new JsonObject();
        foreach (var property in posted.EnumerateObject())
        {
            var owned = own is { ValueKind: JsonValueKind.Object } o && o.TryGetProperty(property.Name, out _);
            var unchanged = effective is { ValueKind: JsonValueKind.Object } e
                && e.TryGetProperty(property.Name, out var current)
                && JsonElement.DeepEquals(current, property.Value);
            if (owned || !unchanged)
            {
                kept[property.Name] = JsonNode.Parse(property.Value.GetRawText());
            }
        }

        return JsonSerializer.SerializeToElement(kept);
    }
}

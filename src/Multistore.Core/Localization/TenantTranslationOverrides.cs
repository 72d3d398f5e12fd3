using System.Text.Json;
using System.Text.Json.Nodes;
using Multistore.Settings;

namespace Multistore.Localization;

/// <summary>
/// A tenant's own translations, PO text per culture in the "Translations" settings group, read before the
/// theme's and modules'. Saving parses first and refuses text that does not parse (the error names the line);
/// a save releases the shell, so the next request uses it without a restart.
/// </summary>
internal sealed class TenantTranslationOverrides(ISiteSettingsStore store) : ITranslationOverrides
{
    public string Text(string culture) =>
        store.Get(TenantTranslations.GroupName) is { ValueKind: JsonValueKind.Object } group
            && group.TryGetProperty(culture, out var text) && text.ValueKind == JsonValueKind.String
            ? text.GetString()!
            : "";

    /// <summary>Stores the culture's PO text (empty text removes it); throws <see cref="FormatException"/> and stores nothing when it does not parse.</summary>
    public Task SaveAsync(string culture, string text, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(culture);
        PoParser.Parse(text, "Translations");
        var current = store.Get(TenantTranslations.GroupName) is { ValueKind: JsonValueKind.Object } group ? JsonNode.Parse(group.GetRawText())!.AsObject() : [];
        if (string.IsNullOrWhiteSpace(text))
        {
            current.Remove(culture);
        }
        else
        {
            current[culture] = text.ReplaceLineEndings("\n");
        }

        return store.SaveAsync(TenantTranslations.GroupName, JsonSerializer.SerializeToElement(current), cancellationToken);
    }
}

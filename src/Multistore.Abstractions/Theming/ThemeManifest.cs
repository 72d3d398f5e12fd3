using System.Text.Json;

namespace Multistore.Theming;

/// <summary>A theme's <c>theme.json</c>: its name, the theme it inherits from and the settings editors can change.</summary>
public sealed record ThemeManifest(string Name, string DisplayName, string? BaseTheme, string Description, bool IsAdmin, JsonElement Settings, string Folder)
{
    /// <summary>
    /// The touchpoint the theme is made for (<c>"touchpoint": "kiosk"</c>), or null for any; a store with this theme
    /// treats requests that name no touchpoint as coming from it.
    /// </summary>
    public string? Touchpoint { get; init; }

    /// <summary>The default of each setting in the schema (<c>"settings": { "primaryColor": { "default": "#123" } }</c>).</summary>
    public IReadOnlyDictionary<string, string> Defaults { get; } = ReadDefaults(Settings);

    private static Dictionary<string, string> ReadDefaults(JsonElement settings)
    {
        var defaults = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (settings.ValueKind != JsonValueKind.Object)
        {
            return defaults;
        }

        foreach (var setting in settings.EnumerateObject())
        {
            if (setting.Value.ValueKind == JsonValueKind.Object && setting.Value.TryGetProperty("default", out var value))
            {
                defaults[setting.Name] = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
            }
        }

        return defaults;
    }
}

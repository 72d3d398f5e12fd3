using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Multistore.Theming;

/// <summary>
/// The settings a theme offers, merged along its chain (a brand theme may only change a base setting's default),
/// and the check of an editor's value against its type before it is saved or previewed.
/// </summary>
public static partial class ThemeSettingsSchema
{
    public static IReadOnlyList<ThemeSettingField> Fields(IThemeCatalog themes, string theme)
    {
        var fields = new Dictionary<string, ThemeSettingField>(StringComparer.OrdinalIgnoreCase);
        var order = new List<string>();
        foreach (var manifest in themes.Chain(theme).Reverse())
        {
            if (manifest.Settings.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            foreach (var setting in manifest.Settings.EnumerateObject().Where(s => s.Value.ValueKind == JsonValueKind.Object))
            {
                var known = fields.GetValueOrDefault(setting.Name);
                if (known is null)
                {
                    order.Add(setting.Name);
                }

                fields[setting.Name] = new ThemeSettingField(
                    setting.Name,
                    Text(setting.Value, "type") ?? known?.Type ?? "text",
                    Text(setting.Value, "label") ?? known?.Label ?? setting.Name,
                    manifest.Defaults.GetValueOrDefault(setting.Name) ?? known?.Default ?? "");
            }
        }

        return [.. order.Select(key => fields[key])];
    }

    /// <summary>Null when <paramref name="value"/> fits the field's type, else what is wrong with it.</summary>
    public static string? Check(ThemeSettingField field, string value)
    {
        if (value.Length > 500)
        {
            return "must be at most 500 characters.";
        }

        return field.Type switch
        {
            "color" when !ColorPattern().IsMatch(value) => "must be a color such as #1f4b99.",
            "font" when !FontPattern().IsMatch(value) => "must be a CSS font list such as Georgia, 'Times New Roman', serif.",
            "number" when !decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _) => "must be a number.",
            "image" when value.Length > 0 && !IsImageUrl(value) => "must be an https:// address or a path starting with /.",
            _ when value.Contains('<', StringComparison.Ordinal) => "must not contain '<'.",
            _ => null,
        };
    }

    private static bool IsImageUrl(string value) =>
        (value.StartsWith('/') && !value.StartsWith("//", StringComparison.Ordinal))
        || (Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp));

    private static string? Text(JsonElement setting, string name) =>
        setting.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    [GeneratedRegex("^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")]
    private static partial Regex ColorPattern();

    [GeneratedRegex("^[\\p{L}\\p{N} ,'\"-]+$")]
    private static partial Regex FontPattern();
}

using System.Text.Json;
using Microsoft.Extensions.Options;
using Multistore.Settings;

namespace Multistore.Theming;

/// <summary>
/// What a template reads as <c>site.settings</c>: each setting's default from the theme chain (base first,
/// nearest theme last), then the tenant's own values from the "Theme" settings group.
/// </summary>
public sealed class ThemeSettings(ThemeCatalog themes, ISiteSettingsStore store, IOptions<SiteSettings> site)
{
    public const string GroupName = "Theme";

    private IReadOnlyDictionary<string, object>? _values;

    public IReadOnlyDictionary<string, object> Values => _values ??= Build();

    private Dictionary<string, object> Build()
    {
        var values = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
        foreach (var theme in themes.Chain(site.Value.Theme).Reverse())
        {
            foreach (var (key, value) in theme.Defaults)
            {
                values[key] = value;
            }
        }

        if (store.Get(GroupName) is { ValueKind: JsonValueKind.Object } tenantValues)
        {
            foreach (var property in tenantValues.EnumerateObject())
            {
                values[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText();
            }
        }

        return values;
    }
}

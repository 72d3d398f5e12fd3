using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Multistore.Settings;

namespace Multistore.Theming;

/// <summary>
/// What a template reads as <c>site.settings</c>: each setting's default from the theme chain (base first,
/// nearest theme last), then the tenant's own values from the "Theme" settings group. A request that
/// carries a <see cref="ThemePreview"/> reads the previewed theme's defaults and the previewed values instead.
/// </summary>
internal sealed class ThemeSettings(ThemeCatalog themes, ISiteSettingsStore store, IOptions<SiteSettings> site, IHttpContextAccessor http) : IThemeSettings
{
    public const string GroupName = IThemeSettings.GroupName;

    private IReadOnlyDictionary<string, object>? _values;

    public IReadOnlyDictionary<string, object> Values =>
        http.HttpContext?.Features.Get<ThemePreview>() is { } preview
            ? Build(preview.Theme, preview.Settings)
            : _values ??= Build(site.Value.Theme, Saved());

    /// <summary>The tenant's saved values, without the theme defaults.</summary>
    public IReadOnlyDictionary<string, string> Saved()
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (store.Get(GroupName) is { ValueKind: JsonValueKind.Object } tenantValues)
        {
            foreach (var property in tenantValues.EnumerateObject())
            {
                values[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText();
            }
        }

        return values;
    }

    private Dictionary<string, object> Build(string theme, IReadOnlyDictionary<string, string> own)
    {
        var values = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
        foreach (var manifest in themes.Chain(theme).Reverse())
        {
            foreach (var (key, value) in manifest.Defaults)
            {
                values[key] = value;
            }
        }

        foreach (var (key, value) in own)
        {
            values[key] = value;
        }

        return values;
    }
}

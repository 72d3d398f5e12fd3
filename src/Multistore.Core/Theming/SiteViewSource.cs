using System.Text.Json;
using Microsoft.Extensions.Options;
using Multistore.Settings;

namespace Multistore.Theming;

/// <summary>Builds the <c>site</c> object of templates from the site settings, the theme settings and the store's tax setting.</summary>
internal sealed class SiteViewSource(ThemeSettings themeSettings, ISiteSettingsStore store, IOptions<SiteSettings> site, Multistore.Shells.ShellFeatures features)
{
    /// <summary>The Tax module's settings group and flag, read by name so theming does not depend on that module.</summary>
    private const string TaxGroup = "Tax";
    private const string PricesIncludeTaxKey = "PricesIncludeTax";

    private IReadOnlyList<string>? _features;

    public SiteView Build(string theme)
    {
        var settings = site.Value;
        return new SiteView(settings.SiteName, settings.Currency, theme, themeSettings.Values, PricesIncludeTax(), _features ??= [.. features.All.Select(f => f.Id)]);
    }

    private bool? PricesIncludeTax()
    {
        if (store.Get(TaxGroup) is not { ValueKind: JsonValueKind.Object } tax)
        {
            return null;
        }

        foreach (var property in tax.EnumerateObject())
        {
            if (string.Equals(property.Name, PricesIncludeTaxKey, StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                return property.Value.GetBoolean();
            }
        }

        return null;
    }
}

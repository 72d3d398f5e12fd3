using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Multistore.Commerce;
using Multistore.Settings;
using Multistore.Theming;

namespace Multistore.Storefront.Endpoints;

/// <summary>
/// A store whose theme is made for one touchpoint (the Kiosk theme's <c>"touchpoint": "kiosk"</c>) serves that
/// touchpoint: the engine's resolver asks this when a request named none (no <c>X-Touchpoint</c> header, no token
/// claim), so its pages are carted, logged and traced as from the kiosk.
/// </summary>
public sealed class ThemeTouchpoint(IThemeCatalog themes, IOptions<SiteSettings> site) : ITouchpointContributor
{
    // Worked out once per shell: a change of theme saves the site settings, which rebuilds the shell and this singleton.
    private readonly Lazy<string?> _themeTouchpoint = new(() =>
        themes.Chain(site.Value.Theme).Select(t => TouchpointFeature.Parse(t.Touchpoint)).FirstOrDefault(t => t is not null));

    public string? TouchpointOf(HttpContext context) => _themeTouchpoint.Value;
}

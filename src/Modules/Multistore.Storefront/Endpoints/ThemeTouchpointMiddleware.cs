using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Multistore.Commerce;
using Multistore.Settings;
using Multistore.Theming;

namespace Multistore.Storefront.Endpoints;

/// <summary>
/// A store whose theme is made for one touchpoint (the Kiosk theme's <c>"touchpoint": "kiosk"</c>) serves that
/// touchpoint: a page request that named none (no <c>X-Touchpoint</c> header, no token claim) is counted as from it.
/// </summary>
public sealed class ThemeTouchpointMiddleware(RequestDelegate next, IThemeCatalog themes, IOptions<SiteSettings> site)
{
    // Worked out once per shell: a change of theme saves the site settings, which rebuilds the shell and this pipeline.
    private readonly Lazy<TouchpointFeature?> _themeTouchpoint = new(() =>
        themes.Chain(site.Value.Theme).Select(t => TouchpointFeature.Parse(t.Touchpoint)).FirstOrDefault(t => t is not null) is { } touchpoint
            ? TouchpointFeature.For(touchpoint)
            : null);

    public Task InvokeAsync(HttpContext context)
    {
        if (_themeTouchpoint.Value is { } feature
            && !context.Request.Headers.ContainsKey(Touchpoints.HeaderName)
            && TouchpointFeature.Of(context) == Touchpoints.Web)
        {
            context.Features.Set(feature);
        }

        return next(context);
    }
}

using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;
using Multistore.Admin.Routing;
using Multistore.Settings;

namespace Multistore.Admin.Localization;

/// <summary>
/// On admin paths, replaces the storefront's culture (one of the store's) with the administrator's language
/// (<see cref="AdminCultures.Pick"/>). It joins the culture stage, so it runs after the engine's culture middleware and
/// before anything renders.
/// </summary>
internal sealed class AdminCultureMiddleware(RequestDelegate next, IOptions<SiteSettings> site)
{
    private static readonly ConcurrentDictionary<string, RequestCultureFeature> Features = new(StringComparer.OrdinalIgnoreCase);

    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments(AdminEndpointRouteBuilderExtensions.BasePath, StringComparison.OrdinalIgnoreCase))
        {
            var name = AdminCultures.Pick(context.Request, site.Value.DefaultCulture);
            var feature = Features.GetOrAdd(name, static n => new RequestCultureFeature(new RequestCulture(CultureInfo.GetCultureInfo(n)), provider: null));
            CultureInfo.CurrentCulture = feature.RequestCulture.Culture;
            CultureInfo.CurrentUICulture = feature.RequestCulture.UICulture;
            context.Features.Set<IRequestCultureFeature>(feature);
        }

        return next(context);
    }
}

using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;
using Multistore.Settings;

namespace Multistore.Localization;

/// <summary>
/// Picks the request culture among the tenant's cultures: a URL segment (<c>/de-de/...</c>, moved into
/// PathBase so routes never see it), then the culture cookie, then Accept-Language, then the default.
/// </summary>
internal sealed class RequestCultureMiddleware(RequestDelegate next, IOptions<SiteSettings> site)
{
    public const string CookieName = CultureSwitch.CookieName;

    // CultureInfo.GetCultureInfo takes a process-wide lock on every call; under load the requests queued on it.
    // The feature is immutable, so one per culture serves every request.
    private static readonly ConcurrentDictionary<string, RequestCultureFeature> Known = new(StringComparer.OrdinalIgnoreCase);

    public async Task InvokeAsync(HttpContext context)
    {
        var settings = site.Value;
        var cultures = settings.Cultures;
        var culture = FromSegment(context, cultures)
            ?? Match(context.Request.Cookies[CookieName], cultures)
            ?? FromAcceptLanguage(context, cultures)
            ?? settings.DefaultCulture;

        var feature = Known.GetOrAdd(culture, static name => new RequestCultureFeature(new RequestCulture(CultureInfo.GetCultureInfo(name)), provider: null));
        var info = feature.RequestCulture.Culture;
        CultureInfo.CurrentCulture = info;
        CultureInfo.CurrentUICulture = info;
        context.Features.Set<IRequestCultureFeature>(feature);
        await next(context);
    }

    private static string? FromSegment(HttpContext context, IReadOnlyList<string> cultures)
    {
        var path = context.Request.Path.Value ?? "";
        if (path.Length < 2)
        {
            return null;
        }

        var end = path.IndexOf('/', 1);
        var segment = end < 0 ? path[1..] : path[1..end];
        var culture = cultures.FirstOrDefault(c => string.Equals(c, segment, StringComparison.OrdinalIgnoreCase));
        if (culture is null)
        {
            return null;
        }

        var storeBase = context.Request.PathBase.Value ?? "";
        context.Request.PathBase = context.Request.PathBase.Add("/" + segment);
        context.Request.Path = end < 0 ? "/" : path[end..];
        context.Features.Set(new RequestCultureSegment(culture, storeBase));
        return culture;
    }

    private static string? FromAcceptLanguage(HttpContext context, IReadOnlyList<string> cultures)
    {
        foreach (var language in context.Request.GetTypedHeaders().AcceptLanguage.OrderByDescending(l => l.Quality ?? 1))
        {
            var name = language.Value.Value;
            if (Match(name, cultures) is { } exact)
            {
                return exact;
            }

            var neutral = cultures.FirstOrDefault(c => name is not null && c.StartsWith(name.Split('-')[0] + "-", StringComparison.OrdinalIgnoreCase));
            if (neutral is not null)
            {
                return neutral;
            }
        }

        return null;
    }

    private static string? Match(string? name, IReadOnlyList<string> cultures) =>
        name is null ? null : cultures.FirstOrDefault(c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase));
}

using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Multistore.Localization;
using Multistore.Settings;
using Multistore.Storefront.Models;
using Multistore.Theming;

namespace Multistore.Storefront.Endpoints;

public static class CultureSwitchEndpoints
{
    /// <summary>How much of an unknown culture name the page repeats.</summary>
    private const int ShownNameLength = 35;

    /// <summary>
    /// The culture picker: remembers the choice in the culture cookie and goes back to the same page in it. A culture
    /// the store does not offer gets the store's own page (400) naming it and linking the cultures it does offer; the
    /// shopper's culture stays as it was.
    /// </summary>
    public static IEndpointRouteBuilder MapCultureSwitch(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(CultureSwitch.Path, async Task<Results<ContentHttpResult, RedirectHttpResult>> (string? set, string? @return, IOptions<SiteSettings> site, IThemeViewRenderer views, HttpContext context) =>
        {
            var settings = site.Value;
            var storeBase = context.Features.Get<RequestCultureSegment>()?.StoreBase ?? context.Request.PathBase.Value ?? "";
            var culture = settings.Cultures.FirstOrDefault(c => string.Equals(c, set, StringComparison.OrdinalIgnoreCase));
            if (culture is null)
            {
                return await views.ViewAsync("culture-unavailable", Unavailable(set, @return, settings, storeBase), StatusCodes.Status400BadRequest);
            }

            context.Response.Cookies.Append(CultureSwitch.CookieName, culture, new CookieOptions
            {
                Path = string.IsNullOrEmpty(storeBase) ? "/" : storeBase,
                MaxAge = TimeSpan.FromDays(365),
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                IsEssential = true,
            });
            return TypedResults.LocalRedirect(CultureSwitch.Target(storeBase, culture, settings.DefaultCulture, @return));
        }).WithName("CultureSwitch");
        return endpoints;
    }

    private static CultureUnavailablePage Unavailable(string? set, string? returnPath, SiteSettings settings, string storeBase)
    {
        var requested = string.IsNullOrWhiteSpace(set) ? "(none)" : set.Length > ShownNameLength ? set[..ShownNameLength] + "…" : set;
        var path = CultureSwitch.LocalPath(returnPath);
        var choices = settings.Cultures
            .Select(c => new CultureChoice(c, CultureInfo.GetCultureInfo(c).NativeName, CultureSwitch.Url(storeBase, c, path)))
            .ToList();
        var back = CultureSwitch.Target(storeBase, CultureInfo.CurrentCulture.Name, settings.DefaultCulture, path);
        return new CultureUnavailablePage(requested, choices, back);
    }
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Multistore.Localization;
using Multistore.Settings;

namespace Multistore.Storefront.Endpoints;

public static class CultureSwitchEndpoints
{
    /// <summary>The culture picker: remembers the choice in the culture cookie and goes back to the same page in it.</summary>
    public static IEndpointRouteBuilder MapCultureSwitch(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(CultureSwitch.Path, IResult (string? set, string? @return, IOptions<SiteSettings> site, HttpContext context) =>
        {
            var settings = site.Value;
            var culture = settings.Cultures.FirstOrDefault(c => string.Equals(c, set, StringComparison.OrdinalIgnoreCase));
            if (culture is null)
            {
                return Results.Problem(
                    detail: $"'set' must be one of this store's cultures: {string.Join(", ", settings.Cultures)}.",
                    statusCode: StatusCodes.Status400BadRequest);
            }

            var storeBase = context.Features.Get<RequestCultureSegment>()?.StoreBase ?? context.Request.PathBase.Value ?? "";
            context.Response.Cookies.Append(CultureSwitch.CookieName, culture, new CookieOptions
            {
                Path = string.IsNullOrEmpty(storeBase) ? "/" : storeBase,
                MaxAge = TimeSpan.FromDays(365),
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                IsEssential = true,
            });
            return Results.LocalRedirect(CultureSwitch.Target(storeBase, culture, settings.DefaultCulture, @return));
        }).WithName("CultureSwitch");
        return endpoints;
    }
}

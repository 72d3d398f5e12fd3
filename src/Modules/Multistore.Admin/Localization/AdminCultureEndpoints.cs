using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Multistore.Admin.Permissions;
using Multistore.Admin.Routing;

namespace Multistore.Admin.Localization;

/// <summary>
/// The language picker's post: stores the administrator's choice in a cookie scoped to the admin path and goes back to
/// the page it came from. A language the admin does not speak is not stored (the admin keeps its current language).
/// </summary>
public static class AdminCultureEndpoints
{
    public const string Path = "culture";

    public static IEndpointRouteBuilder MapAdminCultureEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapAdminPost(Path, Set, AdminPermissions.AccessAdmin).WithName("AdminSetCulture");
        return endpoints;
    }

    private static RedirectHttpResult Set([FromForm] AdminCultureForm form, HttpContext context)
    {
        var adminBase = AdminLinks.To(context.Request.PathBase, "");
        if (AdminCultures.Exact(form.Culture) is { } culture)
        {
            context.Response.Cookies.Append(AdminCultures.CookieName, culture, new CookieOptions
            {
                Path = adminBase,
                MaxAge = TimeSpan.FromDays(365),
                HttpOnly = true,
                IsEssential = true,
                SameSite = SameSiteMode.Strict,
                Secure = context.Request.IsHttps,
            });
        }

        // Only a page of this store's admin: never another site, nor another store's admin under the same host.
        var back = form.ReturnUrl;
        var local = back is not null && back.StartsWith('/') && !back.StartsWith("//", StringComparison.Ordinal) && !back.Contains('\\', StringComparison.Ordinal)
            && (back.Equals(adminBase, StringComparison.OrdinalIgnoreCase) || back.StartsWith(adminBase + "/", StringComparison.OrdinalIgnoreCase) || back.StartsWith(adminBase + "?", StringComparison.OrdinalIgnoreCase));
        return TypedResults.Redirect(local ? back! : adminBase);
    }
}

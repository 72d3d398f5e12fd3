using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Multistore.Admin.Pages;
using Multistore.Http;
using Multistore.Tenancy;

namespace Multistore.Users.Services;

/// <summary>
/// The sign-in cookie of a tenant: a name of its own, sent only under the tenant's path, encrypted with the
/// tenant's data protection (the shell's), so one store's cookie means nothing to another. Its path is left to the
/// cookie handler, which sets the request's path base (the tenant's URL prefix, if reached under one); SameSite=Strict
/// keeps it off requests another site starts, and it is Secure on https.
/// </summary>
public sealed class AdminCookieOptions(TenantSettings tenant) : IConfigureNamedOptions<CookieAuthenticationOptions>
{
    public void Configure(string? name, CookieAuthenticationOptions options)
    {
        if (name != IdentityConstants.ApplicationScheme)
        {
            return;
        }

        options.Cookie.Name = PersonalCookies.SignIn(tenant.Name);
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Strict;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.LoginPath = "/admin/login";
        options.LogoutPath = "/admin/logout";
        options.ExpireTimeSpan = TimeSpan.FromHours(8);
        options.SlidingExpiration = true;
        options.Events.OnRedirectToLogin = context => IsApi(context.Request) ? Status(context, StatusCodes.Status401Unauthorized) : Redirect(context);
        options.Events.OnRedirectToAccessDenied = Forbidden;
    }

    public void Configure(CookieAuthenticationOptions options) => Configure(Options.DefaultName, options);

    private static bool IsApi(HttpRequest request) =>
        request.Path.StartsWithSegments("/admin/api", StringComparison.OrdinalIgnoreCase)
        || request.Headers.Accept.ToString().Contains("application/json", StringComparison.OrdinalIgnoreCase);

    private static Task Redirect(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    private static Task Status(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }

    /// <summary>A signed-in user without the permission gets 403 and the admin's "not allowed" page, not a redirect.</summary>
    private static Task Forbidden(RedirectContext<CookieAuthenticationOptions> context) =>
        IsApi(context.Request)
            ? Status(context, StatusCodes.Status403Forbidden)
            : new RazorComponentResult<AccessDeniedPage> { StatusCode = StatusCodes.Status403Forbidden }.ExecuteAsync(context.HttpContext);
}

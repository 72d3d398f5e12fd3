using Microsoft.AspNetCore.Http;

namespace Multistore.Admin.Routing;

/// <summary>A one-time message ("Settings saved.") carried across a redirect in a short-lived cookie.</summary>
public static class AdminNotice
{
    private const string CookieName = ".Multistore.AdminNotice";

    public static void Set(HttpContext context, string message) =>
        context.Response.Cookies.Append(CookieName, Uri.EscapeDataString(message), Options(context));

    /// <summary>Reads the notice into the request for the layout and deletes the cookie.</summary>
    public static void Take(HttpContext context)
    {
        if (context.Request.Cookies.TryGetValue(CookieName, out var value) && !string.IsNullOrEmpty(value))
        {
            context.Items[CookieName] = Uri.UnescapeDataString(value);
            context.Response.Cookies.Delete(CookieName, Options(context));
        }
    }

    public static string? Current(HttpContext? context) => context?.Items[CookieName] as string;

    private static CookieOptions Options(HttpContext context) => new()
    {
        HttpOnly = true,
        IsEssential = true,
        SameSite = SameSiteMode.Lax,
        Secure = context.Request.IsHttps,
        Path = AdminLinks.To(context.Request.PathBase, ""),
        MaxAge = TimeSpan.FromMinutes(5),
    };
}

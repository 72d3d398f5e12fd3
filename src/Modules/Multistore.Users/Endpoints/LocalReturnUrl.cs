using Microsoft.AspNetCore.Http;

namespace Multistore.Users.Endpoints;

/// <summary>Where to go after signing in: only a path inside this store; anything else (another host, "//evil") goes to the fallback.</summary>
public static class LocalReturnUrl
{
    public static string Or(HttpContext context, string? returnUrl, string fallback)
    {
        var pathBase = context.Request.PathBase.Value ?? "";
        var isLocal = !string.IsNullOrEmpty(returnUrl)
            && returnUrl.StartsWith('/')
            && !returnUrl.StartsWith("//", StringComparison.Ordinal)
            && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            && returnUrl.StartsWith(pathBase + "/", StringComparison.OrdinalIgnoreCase);
        return isLocal ? returnUrl! : fallback;
    }
}

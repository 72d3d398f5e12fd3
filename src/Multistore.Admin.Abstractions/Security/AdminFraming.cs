using Microsoft.AspNetCore.Http;

namespace Multistore.Admin.Security;

/// <summary>
/// The one exception modules may make to the admin's no-framing headers: an admin response that shows the store's
/// own pages (with the theme's script) in a frame of the admin, such as the theme preview, is framed by the same
/// origin only, and the theme's script runs as it does on the store.
/// </summary>
public static class AdminFraming
{
    public static void AllowBySameOrigin(HttpResponse response)
    {
        response.Headers.ContentSecurityPolicy = "frame-ancestors 'self'";
        response.Headers.XFrameOptions = "SAMEORIGIN";
    }
}

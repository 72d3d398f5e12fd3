using Microsoft.AspNetCore.Http;

namespace Multistore.Cart.Endpoints;

/// <summary>
/// Whether a form post came from the store's own pages, for posts from output-cached pages that cannot carry a
/// per-visitor antiforgery token: the browser's <c>Sec-Fetch-Site</c> says so, else its <c>Origin</c> or
/// <c>Referer</c> names this host (the standard-header defence against cross-site posts). A post that says nothing of
/// where it came from is not.
/// </summary>
internal static class SameOriginPost
{
    public static bool Is(HttpRequest request)
    {
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0)
        {
            return site is "same-origin" or "none";
        }

        var source = request.Headers.Origin.ToString() is { Length: > 0 } origin ? origin : request.Headers.Referer.ToString();
        return Uri.TryCreate(source, UriKind.Absolute, out var uri)
            && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }
}

using Microsoft.AspNetCore.Http;
using Multistore.Tenancy;

namespace Multistore.Hosting;

/// <summary>
/// A tenant's admin (its pages, sign-in, password reset and key management, all under <c>/admin</c>) is served only on
/// a host name that tenant holds alone. Reached through a host name another tenant's pages share (a URL prefix on a
/// shared host), any script of those pages could use the administrator's session: the request gets a 404 that
/// points at the tenant's own admin address instead.
/// </summary>
internal static class SharedOriginAdminRefusal
{
    private static readonly PathString AdminPath = new("/admin");

    /// <param name="relativePath">The request path under the tenant's URL prefix.</param>
    public static bool Applies(TenantMatch match, PathString relativePath) =>
        match.SharedOrigin && relativePath.StartsWithSegments(AdminPath, StringComparison.OrdinalIgnoreCase);

    public static Task WriteAsync(HttpContext context, TenantMatch match)
    {
        var own = match.OwnHost is null ? null : OwnAdmin(context.Request, match.OwnHost);
        var message = own is null
            ? $"The admin of {match.Tenant.Name} is not served on a shared address. Ask the operator for the store's own host name."
            : $"The admin of {match.Tenant.Name} is not served on a shared address. It is at its own address:";
        return HostPages.WriteAsync(context, StatusCodes.Status404NotFound, "Admin not on this address", message, own);
    }

    private static Uri OwnAdmin(HttpRequest request, string ownHost)
    {
        var host = ownHost.Contains(':', StringComparison.Ordinal) || request.Host.Port is null ? ownHost : $"{ownHost}:{request.Host.Port}";
        return new Uri($"{request.Scheme}://{host}/admin");
    }
}

using Microsoft.AspNetCore.Http;

namespace Multistore.Admin.Routing;

/// <summary>Links to admin paths that keep the tenant's URL prefix.</summary>
public sealed class AdminLinks(IHttpContextAccessor accessor)
{
    public string To(string adminPath) => To(accessor.HttpContext?.Request.PathBase ?? PathString.Empty, adminPath);

    /// <summary>The tenant-relative URL of a storefront path, e.g. the home page.</summary>
    public string Site(string path = "") => $"{accessor.HttpContext?.Request.PathBase}/{path.TrimStart('/')}";

    public static string To(PathString pathBase, string adminPath) =>
        pathBase.Add(AdminEndpointRouteBuilderExtensions.Under(adminPath)).Value!;
}

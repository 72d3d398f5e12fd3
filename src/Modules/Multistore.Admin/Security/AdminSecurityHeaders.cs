using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Admin.Routing;

namespace Multistore.Admin.Security;

/// <summary>
/// Headers on every response under <c>/admin</c>, of every tenant: no other page may frame the admin (clickjacking,
/// or a store's script reading it through a frame), only the admin's own script runs, content types are not guessed
/// and no admin address leaks to other sites through the Referer.
/// </summary>
public static class AdminSecurityHeaders
{
    private static readonly PathString AdminPath = new(AdminEndpointRouteBuilderExtensions.BasePath);

    public static IApplicationBuilder UseAdminSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (context.Request.Path.StartsWithSegments(AdminPath, StringComparison.OrdinalIgnoreCase))
            {
                var nonce = context.RequestServices.GetRequiredService<AdminScriptNonce>().Value;
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = "default-src 'self'; " + $"script-src 'self' 'nonce-{nonce}'; style-src 'self' 'unsafe-inline'; "
                    + "img-src * data: blob:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";
                headers.XFrameOptions = "DENY";
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "same-origin";
            }

            return next(context);
        });
}

using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Multistore.Theming;

namespace Multistore.Storefront.Endpoints;

/// <summary>
/// A failure on a storefront page shows the theme's error page (500) instead of a blank response; the
/// exception is logged with the request path. When the theme itself cannot render, a plain page is written.
/// </summary>
public sealed class ErrorPageMiddleware(RequestDelegate next, ILogger<ErrorPageMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception exception) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested && !context.Request.Path.StartsWithSegments("/api") && !context.Request.Path.StartsWithSegments("/admin"))
        {
            logger.LogError(exception, "Storefront page {Path} failed", context.Request.Path);
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            context.Response.ContentType = "text/html; charset=utf-8";
            try
            {
                var views = context.RequestServices.GetService(typeof(IThemeViewRenderer)) as IThemeViewRenderer;
                await context.Response.WriteAsync(views is null ? Plain : await views.RenderAsync("error", null, context.RequestAborted));
            }
            catch (Exception renderFailure) when (renderFailure is not OperationCanceledException)
            {
                logger.LogError(renderFailure, "The theme's error page failed too");
                await context.Response.WriteAsync(Plain);
            }
        }
    }

    private const string Plain = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Error</title></head><body><main><h1>Something went wrong</h1><p>Please try again in a moment.</p></main></body></html>";
}

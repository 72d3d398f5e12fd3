using System.Net;
using Microsoft.AspNetCore.Http;

namespace Multistore.Hosting;

/// <summary>The host's own pages for requests no store can answer: plain, readable, never another tenant's content.</summary>
internal static class HostPages
{
    public static Task WriteAsync(HttpContext context, int statusCode, string title, string message) =>
        WriteAsync(context, statusCode, title, message, null);

    /// <param name="link">A page to go on to, shown under the message, or null.</param>
    public static Task WriteAsync(HttpContext context, int statusCode, string title, string message, Uri? link)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var html = $$"""
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
            <title>{{WebUtility.HtmlEncode(title)}}</title>
            <style>body{font:16px/1.5 system-ui,sans-serif;max-width:36rem;margin:15vh auto;padding:0 1rem;color:#222}h1{font-size:1.6rem}</style>
            </head><body><main><h1>{{WebUtility.HtmlEncode(title)}}</h1><p>{{WebUtility.HtmlEncode(message)}}</p>{{LinkOf(link)}}
            <p><small>{{statusCode}}</small></p></main></body></html>
            """;
        return context.Response.WriteAsync(html);
    }

    private static string LinkOf(Uri? link) =>
        link is null ? "" : $"<p><a href=\"{WebUtility.HtmlEncode(link.AbsoluteUri)}\">{WebUtility.HtmlEncode(link.AbsoluteUri)}</a></p>";
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Multistore.Feeds.Services;
using Multistore.Feeds.Writers;
using Multistore.Settings;

namespace Multistore.Feeds.Endpoints;

/// <summary>
/// What search engines read: <c>/sitemap.xml</c> (every page in every culture, with hreflang alternates) and
/// <c>/robots.txt</c>, which names the sitemap. Both answer for the store of the request's host or URL prefix.
/// </summary>
public static class SearchEngineEndpoints
{
    public static IEndpointRouteBuilder MapSearchEngineEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/sitemap.xml", (HttpContext context, SitemapPages pages, IOptions<SiteSettings> site) =>
        {
            var scope = FeedScopes.For(context, site.Value, null)!;
            return TypedResults.Stream(body => SitemapWriter.WriteAsync(body, pages.ForAsync(scope, context.RequestAborted), context.RequestAborted),
                SitemapWriter.ContentType);
        }).WithName("Sitemap");
        endpoints.MapGet("/robots.txt", (HttpContext context, IOptions<SiteSettings> site) =>
            TypedResults.Text(RobotsText.For(FeedScopes.For(context, site.Value, null)!), "text/plain; charset=utf-8"))
            .WithName("RobotsTxt");
        return endpoints;
    }
}

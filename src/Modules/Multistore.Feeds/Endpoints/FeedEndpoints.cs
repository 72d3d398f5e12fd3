using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;
using Multistore.Feeds.Services;
using Multistore.Feeds.Writers;

namespace Multistore.Feeds.Endpoints;

/// <summary>
/// The product feeds, <c>/feeds/google.xml</c> and <c>/feeds/products.csv</c>, per store and culture. Both are
/// written while the catalog is read, with an ETag and Last-Modified from <see cref="FeedVersion"/>; a client that
/// sends the current ETag in If-None-Match gets 304 without the catalog being read.
/// </summary>
public static class FeedEndpoints
{
    public static IEndpointRouteBuilder MapFeedEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/feeds/google.xml", ([AsParameters] FeedRequest request, [AsParameters] FeedServices services) =>
            FeedAsync(request, services, "google", GoogleFeedWriter.ContentType,
                (body, scope, items, token) => GoogleFeedWriter.WriteAsync(body, scope, items, token)))
            .WithName("GoogleProductFeed");
        endpoints.MapGet("/feeds/products.csv", ([AsParameters] FeedRequest request, [AsParameters] FeedServices services) =>
            FeedAsync(request, services, "csv", ProductCsvWriter.ContentType,
                (body, _, items, token) => ProductCsvWriter.WriteAsync(body, items, token)))
            .WithName("ProductCsvFeed");
        return endpoints;
    }

    private static async Task<Results<PushStreamHttpResult, StatusCodeHttpResult, ProblemHttpResult>> FeedAsync(
        FeedRequest request, FeedServices services, string format, string contentType,
        Func<Stream, FeedScope, IAsyncEnumerable<FeedItem>, CancellationToken, Task> write)
    {
        var context = request.Context;
        if (FeedScopes.For(context, services.Site.Value, request.Culture) is not { } scope)
        {
            return UnknownCulture(request.Culture!, services.Site.Value.Cultures);
        }

        var stamp = await services.Version.CurrentAsync(services.Catalog, $"{format}-{scope.Culture}", context.RequestAborted);
        var etag = EntityTagHeaderValue.Parse(stamp.ETag);
        if (context.Request.GetTypedHeaders().IfNoneMatch is { Count: > 0 } tags && tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(etag, useStrongComparison: false)))
        {
            context.Response.GetTypedHeaders().ETag = etag;
            context.Response.GetTypedHeaders().LastModified = stamp.LastModified;
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        var items = services.Items;
        return TypedResults.Stream(body => write(body, scope, items.ForAsync(scope, context.RequestAborted), context.RequestAborted),
            contentType, lastModified: stamp.LastModified, entityTag: etag);
    }

    /// <summary>404 as a problem document that names the culture asked for and the ones the store has.</summary>
    public static ProblemHttpResult UnknownCulture(string culture, IReadOnlyList<string> cultures) =>
        TypedResults.Problem(
            detail: $"This store has no culture '{culture}'; its cultures are {string.Join(", ", cultures)}.",
            statusCode: StatusCodes.Status404NotFound,
            title: "Unknown culture");
}

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Routing;

namespace Multistore.Storefront.Caching;

/// <summary>
/// Applies <see cref="StorefrontCachePolicy"/> to the product page Catalog maps, found by endpoint name, so it is
/// cached and evicted like the home page without Catalog knowing about the cache. Category and search pages are
/// left out: they read the search index, which catches up after a catalog change, later than the eviction.
/// </summary>
public sealed class StorefrontPagesPolicy : IOutputCachePolicy
{
    private static readonly HashSet<string> Pages = new(StringComparer.Ordinal) { "ProductPage" };
    private readonly StorefrontCachePolicy _policy = new();

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation) =>
        Applies(context.HttpContext) ? _policy.CacheRequestAsync(context, cancellation) : ValueTask.CompletedTask;

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) =>
        Applies(context.HttpContext) ? _policy.ServeFromCacheAsync(context, cancellation) : ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) =>
        Applies(context.HttpContext) ? _policy.ServeResponseAsync(context, cancellation) : ValueTask.CompletedTask;

    private static bool Applies(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName is { } name && Pages.Contains(name);
}

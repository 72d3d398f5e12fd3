using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Routing;

namespace Multistore.Storefront.Caching;

/// <summary>
/// Applies <see cref="StorefrontCachePolicy"/> to the shopper's pages other modules map (product, category,
/// search), found by endpoint name, so every storefront page is cached and evicted the same way without those
/// modules knowing about the cache.
/// </summary>
public sealed class StorefrontPagesPolicy : IOutputCachePolicy
{
    private static readonly HashSet<string> Pages = new(StringComparer.Ordinal) { "ProductPage", "CategoryPage", "SearchPage" };
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

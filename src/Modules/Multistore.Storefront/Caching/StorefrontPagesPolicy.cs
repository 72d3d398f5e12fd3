using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Multistore.Caching;

namespace Multistore.Storefront.Caching;

/// <summary>
/// Applies <see cref="StorefrontCachePolicy"/> to every page whose module declared it cacheable where it mapped it
/// (<see cref="CachedStorefrontPageExtensions.CachedStorefrontPage"/>: the home page, Catalog's product page), so the
/// cache knows pages by their metadata, never by name. Category and search pages do not declare it: they read the
/// search index, which catches up after a change later than the change's eviction, so a page rendered in between
/// would keep the old listing.
/// </summary>
public sealed class StorefrontPagesPolicy : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation) =>
        PageOf(context.HttpContext) is { } page ? StorefrontCachePolicy.CacheRequestAsync(context, page, cancellation) : ValueTask.CompletedTask;

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) =>
        PageOf(context.HttpContext) is not null ? StorefrontCachePolicy.ServeFromCacheAsync(context, cancellation) : ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) =>
        PageOf(context.HttpContext) is not null ? StorefrontCachePolicy.ServeResponseAsync(context, cancellation) : ValueTask.CompletedTask;

    /// <summary>The page's declaration, when the endpoint that will answer declared itself a cacheable page.</summary>
    public static CachedStorefrontPageMetadata? PageOf(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<CachedStorefrontPageMetadata>();
}

using Microsoft.AspNetCore.Builder;

namespace Multistore.Caching;

/// <summary>Declares a page cacheable where it is mapped: <c>endpoints.MapGet("/products/{slug}", ...).CachedStorefrontPage()</c>.</summary>
public static class CachedStorefrontPageExtensions
{
    /// <summary>
    /// The page is kept in the store's page cache for anonymous shoppers (never for a request that carries a
    /// <see cref="Http.PersonalCookies">personal cookie</see> or an Authorization header), tagged with
    /// <paramref name="tags"/>, the tags the page adds while it renders (<see cref="PageCacheTagsFeature"/>) and one
    /// tag per price it shows (<see cref="PageCacheTags.Sku"/>).
    /// </summary>
    public static TBuilder CachedStorefrontPage<TBuilder>(this TBuilder builder, params string[] tags) where TBuilder : IEndpointConventionBuilder
    {
        var metadata = new CachedStorefrontPageMetadata(tags);
        builder.Add(endpoint => endpoint.Metadata.Add(metadata));
        return builder;
    }
}

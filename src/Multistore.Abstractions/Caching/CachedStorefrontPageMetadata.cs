namespace Multistore.Caching;

/// <summary>
/// Endpoint metadata saying a page may be served from the store's page cache, with the tags it is evicted by. The
/// module that maps a page declares it there (<see cref="CachedStorefrontPageExtensions.CachedStorefrontPage"/>), so
/// the cache never has to recognise pages by name. A tag may name a route value in braces (<c>product:{slug}</c>),
/// filled from the request's route.
/// </summary>
public sealed class CachedStorefrontPageMetadata(IReadOnlyList<string> tags)
{
    public IReadOnlyList<string> Tags { get; } = tags;
}

using System.Buffers.Binary;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Multistore.Storefront.Caching;

/// <summary>
/// What a cacheable storefront page tells browsers and the CDN in front of the host. Browsers revalidate every time
/// (<c>max-age=0</c>) and get a 304 from the page cache while the page is unchanged; a CDN keeps it as long as the page
/// cache does when purges reach it (<see cref="CdnOptions.PurgeUrl"/>), and briefly otherwise. The surrogate keys are
/// the page's cache tags, so the CDN drops exactly what the page cache drops. The entity tag names one rendering: a
/// page rendered again after an eviction gets a new one. A page for one shopper (a cart, a sign-in) is private.
/// </summary>
public static class SharedCacheHeaders
{
    /// <summary>How long a CDN that no purge reaches may keep a page.</summary>
    public static readonly TimeSpan UnpurgedSharedMaxAge = TimeSpan.FromSeconds(30);

    /// <summary>How long a CDN may answer with a page it is refreshing in the background.</summary>
    public static readonly TimeSpan StaleWhileRevalidate = TimeSpan.FromSeconds(30);

    /// <summary><paramref name="tags"/> are the cache's own set, so the keys (one per tag, <see cref="SurrogateKeys"/>) are distinct.</summary>
    public static void ForEveryone(HttpResponse response, string tenant, IEnumerable<string> tags, TimeSpan sharedMaxAge)
    {
        var headers = response.Headers;
        headers.CacheControl = $"public, max-age=0, s-maxage={(long)sharedMaxAge.TotalSeconds}, stale-while-revalidate={(long)StaleWhileRevalidate.TotalSeconds}";
        headers.ETag = NewEntityTag();
        headers.Vary = "Accept-Language, Cookie";
        var keys = string.Join(' ', tags.Select(tag => SurrogateKeys.For(tenant, tag)));
        headers["Surrogate-Key"] = keys;
        headers["xkey"] = keys;
    }

    public static void ForOneShopper(HttpResponse response) => response.Headers.CacheControl = "private, no-cache";

    private static string NewEntityTag()
    {
        Span<byte> bytes = stackalloc byte[8];
        RandomNumberGenerator.Fill(bytes);
        return new EntityTagHeaderValue($"\"{BinaryPrimitives.ReadUInt64LittleEndian(bytes):x16}\"", isWeak: true).ToString();
    }
}

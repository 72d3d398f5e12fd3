using Microsoft.AspNetCore.Http;

namespace Multistore.Caching;

/// <summary>
/// Tags a page learns while it renders (the id of the product it found by slug), collected on the request and put on
/// the cache entry when the page is stored. <c>PageCacheTagsFeature.Add(context, PageCacheTags.Product(id))</c>.
/// </summary>
public sealed class PageCacheTagsFeature
{
    private readonly List<string> _tags = [];

    public IReadOnlyList<string> Tags => _tags;

    /// <summary>Adds <paramref name="tags"/> to the page <paramref name="context"/> renders.</summary>
    public static void Add(HttpContext context, params IEnumerable<string> tags)
    {
        var feature = context.Features.Get<PageCacheTagsFeature>();
        if (feature is null)
        {
            feature = new PageCacheTagsFeature();
            context.Features.Set(feature);
        }

        feature._tags.AddRange(tags);
    }
}

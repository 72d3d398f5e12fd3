using Microsoft.AspNetCore.Http;

namespace Multistore.Storefront.Caching;

/// <summary>
/// How the page cache answered one request for a cacheable page, noted on the request as it goes: the cache found an
/// entry to serve (<see cref="StorefrontCachePolicy.ServeFromCacheAsync"/>), or the page ran
/// (<see cref="SharedCacheHeadersMiddleware"/>). Read by <see cref="PageCacheOutcomeMiddleware"/> when the request ends.
/// </summary>
public sealed class PageCacheOutcome
{
    public bool FoundInCache { get; private set; }

    public bool Rendered { get; private set; }

    /// <summary>Answered from the cache: an entry was found and the page did not run (an entry too old to serve makes it run).</summary>
    public bool ServedFromCache => FoundInCache && !Rendered;

    public static void Found(HttpContext context)
    {
        if (context.Features.Get<PageCacheOutcome>() is { } outcome)
        {
            outcome.FoundInCache = true;
        }
    }

    public static void PageRan(HttpContext context)
    {
        if (context.Features.Get<PageCacheOutcome>() is { } outcome)
        {
            outcome.Rendered = true;
        }
    }
}

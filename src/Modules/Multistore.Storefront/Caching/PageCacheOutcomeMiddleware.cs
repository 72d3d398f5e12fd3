using Microsoft.AspNetCore.Http;
using Multistore.Hosting;

namespace Multistore.Storefront.Caching;

/// <summary>
/// Around the page cache: tells the engine, for the host's usage page, whether each GET or HEAD of a page declared
/// cacheable was answered from the page cache or rendered (<see cref="IStoreActivity.CacheablePageServed"/>). A request
/// that carries a sign-in, session or cart cookie renders its page, so it counts as not served from the cache: the
/// figure is the share of the store's cacheable page traffic the cache absorbed. A request that failed is not counted.
/// </summary>
public sealed class PageCacheOutcomeMiddleware(RequestDelegate next, IStoreActivity activity)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (StorefrontPagesPolicy.PageOf(context) is null
            || !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)))
        {
            await next(context);
            return;
        }

        var outcome = new PageCacheOutcome();
        context.Features.Set(outcome);
        await next(context);
        activity.CacheablePageServed(outcome.ServedFromCache);
    }
}

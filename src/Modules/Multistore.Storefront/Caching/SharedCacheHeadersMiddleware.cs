using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.OutputCaching;

namespace Multistore.Storefront.Caching;

/// <summary>
/// Runs inside the page cache, around the pages that declare themselves cacheable: their cache decision and shared-cache
/// headers (<see cref="StorefrontCachePolicy.Finish"/>) are made when the rendered page starts to be written. The
/// page cache's own last say comes after the body, too late for headers, and it copies the headers it stores before
/// the first byte: this is the one moment that knows what the page showed and can still tell the CDN. Running here
/// also means the page rendered rather than came from the cache (<see cref="PageCacheOutcome"/>).
/// </summary>
public sealed class SharedCacheHeadersMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (StorefrontPagesPolicy.PageOf(context) is null
            || context.Features.Get<IOutputCacheFeature>() is not { } cache
            || context.Features.Get<IHttpResponseBodyFeature>() is not { } body)
        {
            await next(context);
            return;
        }

        PageCacheOutcome.PageRan(context);
        var page = new BeforeFirstWriteStream(body.Stream, () => StorefrontCachePolicy.Finish(cache.Context));
        context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(page, body));
        try
        {
            await next(context);
        }
        finally
        {
            context.Features.Set(body);
        }
    }
}

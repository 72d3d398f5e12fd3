using Microsoft.AspNetCore.Builder;
using Multistore.Modules;

namespace Multistore.Storefront.Caching;

/// <summary>
/// Puts the page cache in its stage, first after the engine's culture stage: after routing (it needs the endpoint to
/// pick its policy) and the request culture (it varies by it). A cached page is answered before sign-in, CORS or rate limiting run:
/// none of them changes a page the cache may serve, since <see cref="StorefrontCachePolicy"/> never serves or stores
/// for a request that carries a sign-in, session or cart cookie or an Authorization header. Inside it, the cacheable pages
/// get their shared-cache headers (<see cref="SharedCacheHeadersMiddleware"/>); around it, each cacheable page's answer
/// (from the cache or rendered) is counted for the host's usage page (<see cref="PageCacheOutcomeMiddleware"/>).
/// </summary>
public sealed class PageCacheStartup : ModuleStartup
{
    public override void Configure(IShellPipelineBuilder pipeline) => pipeline.Use(PipelineStage.PageCache, app => app
        .UseMiddleware<PageCacheOutcomeMiddleware>().UseOutputCache().UseMiddleware<SharedCacheHeadersMiddleware>());
}

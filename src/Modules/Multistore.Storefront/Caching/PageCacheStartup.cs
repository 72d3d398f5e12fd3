using Microsoft.AspNetCore.Builder;
using Multistore.Modules;

namespace Multistore.Storefront.Caching;

/// <summary>
/// Puts the page cache first in the tenant pipeline, right after routing (it needs the endpoint to pick its policy)
/// and the request culture (it varies by it). A cached page is answered before sign-in, CORS or rate limiting run:
/// none of them changes a page the cache may serve, since <see cref="StorefrontCachePolicy"/> never serves or stores
/// for a request that carries a sign-in, session or cart cookie or an Authorization header.
/// </summary>
public sealed class PageCacheStartup : ModuleStartup
{
    /// <summary>Before Users' authentication (-100) and every other module's middleware.</summary>
    public override int Order => -1000;

    public override void Configure(IApplicationBuilder app) => app.UseOutputCache();
}

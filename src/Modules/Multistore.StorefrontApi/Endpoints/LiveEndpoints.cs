using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Multistore.StorefrontApi.Realtime;

namespace Multistore.StorefrontApi.Endpoints;

/// <summary>The tenant's SignalR hub and the small script storefront pages include to follow it.</summary>
public static class LiveEndpoints
{
    private static readonly Lazy<EmbeddedAsset> Script = new(() => new EmbeddedAsset("Assets/live.js", EmbeddedAsset.ContentTypeOf(".js")));

    public static IEndpointRouteBuilder MapLiveEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHub<StorefrontHub>(StorefrontApiRoutes.HubPath);
        endpoints.MapGet(StorefrontApiRoutes.LiveScriptPath, (HttpContext context) => Script.Value.Serve(context))
            .WithName("LiveScript").ExcludeFromDescription();
        return endpoints;
    }
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Multistore.StorefrontApi.Endpoints;

/// <summary>The tenant's OpenAPI document and the reference page that reads it.</summary>
public static class ReferenceEndpoints
{
    private static readonly Lazy<EmbeddedAsset> Page = new(() => new EmbeddedAsset("Assets/reference.html", EmbeddedAsset.ContentTypeOf(".html")));
    private static readonly Lazy<EmbeddedAsset> Script = new(() => new EmbeddedAsset("Assets/reference.js", EmbeddedAsset.ContentTypeOf(".js")));

    public static IEndpointRouteBuilder MapReferenceEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOpenApi("/api/storefront/{documentName}/openapi.json").ExcludeFromDescription();
        endpoints.MapGet(StorefrontApiRoutes.Base + "/reference", (HttpContext context) => Page.Value.Serve(context))
            .WithName("ApiReferencePage").ExcludeFromDescription();
        endpoints.MapGet(StorefrontApiRoutes.Base + "/reference.js", (HttpContext context) => Script.Value.Serve(context))
            .ExcludeFromDescription();
        return endpoints;
    }
}

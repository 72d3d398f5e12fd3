using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Multistore.Admin.Routing;

/// <summary>Serves the admin theme's stylesheet, embedded in this assembly, with a long cache life.</summary>
public static class AdminAssetEndpoints
{
    private static readonly Lazy<byte[]> Stylesheet = new(() => Read("Assets/admin.css"));

    public static IEndpointRouteBuilder MapAdminAssets(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(AdminEndpointRouteBuilderExtensions.Under("assets/admin.css"), (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "public, max-age=3600";
            return TypedResults.Bytes(Stylesheet.Value, "text/css; charset=utf-8");
        }).AllowAnonymous().ExcludeFromDescription();
        return endpoints;
    }

    private static byte[] Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The admin asset '{name}' is not embedded.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}

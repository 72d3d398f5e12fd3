using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace Multistore.Theming;

/// <summary>
/// Serves a theme's static files through its chain, so a brand theme ships only the assets it changes; and
/// <c>/favicon.ico</c>, which browsers ask for whatever the page links, as the store's theme's <c>favicon.svg</c>.
/// </summary>
internal static class ThemeAssetEndpoints
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static IEndpointRouteBuilder MapThemeAssets(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/themes/{theme}/{**path}", Results<NotFound, PhysicalFileHttpResult> (string theme, string path, ThemeCatalog themes, HttpContext context) =>
        {
            var file = themes.FindFile(theme, Path.Combine("assets", path));
            if (file is null || !ContentTypes.TryGetContentType(file, out var contentType))
            {
                return TypedResults.NotFound();
            }

            context.Response.Headers.CacheControl = "public, max-age=3600";
            var modified = File.GetLastWriteTimeUtc(file);
            var etag = new EntityTagHeaderValue($"\"{modified.Ticks:x}\"");
            return TypedResults.PhysicalFile(file, contentType, lastModified: modified, entityTag: etag);
        }).WithName("ThemeAsset");

        endpoints.MapGet("/favicon.ico", Results<NotFound, PhysicalFileHttpResult> (ThemeTemplates templates, ThemeCatalog themes, HttpContext context) =>
        {
            var file = themes.FindFile(templates.Theme, Path.Combine("assets", "favicon.svg"));
            if (file is null)
            {
                return TypedResults.NotFound();
            }

            context.Response.Headers.CacheControl = "public, max-age=86400";
            return TypedResults.PhysicalFile(file, "image/svg+xml", lastModified: File.GetLastWriteTimeUtc(file));
        }).WithName("Favicon");
        return endpoints;
    }
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace Multistore.Catalog.Media;

/// <summary>
/// <c>GET /media/products/{id}.{ext}?w=400</c>: a product image, resized to the next served width
/// (<see cref="ImageWidths"/>). Image files never change under their name, so responses carry an ETag and
/// <c>Cache-Control: public, max-age=31536000, immutable</c>, and a matching <c>If-None-Match</c> gets 304.
/// </summary>
internal static class MediaEndpoints
{
    public static IEndpointRouteBuilder MapProductImages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ProductImageUrls.Prefix + "{file}", ServeAsync).WithName("ProductImage").ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<Results<NotFound, StatusCodeHttpResult, PhysicalFileHttpResult>> ServeAsync(string file, int? w, HttpContext context, CatalogDbContext db, ProductImageFiles files)
    {
        var dot = file.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0 || !Guid.TryParseExact(file[..dot], "N", out var id))
        {
            return TypedResults.NotFound();
        }

        var image = await db.ProductImages.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, context.RequestAborted);
        if (image is null || !string.Equals(image.FileName, file, StringComparison.OrdinalIgnoreCase))
        {
            return TypedResults.NotFound();
        }

        // An SVG scales by itself: every width is the original.
        var width = image.Extension == "svg" ? null : ImageWidths.For(w, image.Width);
        var etag = new EntityTagHeaderValue($"\"{image.Id:N}-{width?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "o"}\"");
        context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        MediaResponseHeaders.Apply(context.Response);
        context.Response.Headers.ETag = etag.ToString();
        if (context.Request.GetTypedHeaders().IfNoneMatch.Any(tag => tag.Compare(etag, useStrongComparison: false)))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        var path = await files.PathForAsync(image.FileName, width, context.RequestAborted);
        return path is null ? TypedResults.NotFound() : TypedResults.PhysicalFile(path, ContentTypeOf(Path.GetExtension(path)));
    }

    private static string ContentTypeOf(string extension) => extension switch
    {
        ".jpg" => "image/jpeg", ".png" => "image/png", ".webp" => "image/webp", ".svg" => "image/svg+xml", _ => "image/gif",
    };
}

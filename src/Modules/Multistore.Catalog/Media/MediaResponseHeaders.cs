using Microsoft.AspNetCore.Http;

namespace Multistore.Catalog.Media;

/// <summary>
/// Headers on every media answer. An image opened on its own (an SVG is a document) runs no script, loads nothing
/// and is a sandboxed origin of its own, so even an SVG that got past the upload checks cannot act on the store's
/// origin; <c>nosniff</c> stops a browser reading a file as anything but its declared type.
/// </summary>
internal static class MediaResponseHeaders
{
    public const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; script-src 'none'; sandbox";

    public static void Apply(HttpResponse response)
    {
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
    }
}

using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Multistore.StorefrontApi.Endpoints;

/// <summary>A file shipped inside the module, read once and served with an ETag.</summary>
public sealed class EmbeddedAsset
{
    private readonly byte[] _content;
    private readonly string _contentType;
    private readonly string _etag;

    public EmbeddedAsset(string name, string contentType)
    {
        using var stream = typeof(EmbeddedAsset).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The module ships no asset '{name}'.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        _content = buffer.ToArray();
        _contentType = contentType;
        _etag = $"\"{Convert.ToHexStringLower(SHA256.HashData(_content).AsSpan(0, 12))}\"";
    }

    public Results<StatusCodeHttpResult, FileContentHttpResult> Serve(HttpContext context)
    {
        context.Response.Headers.ETag = _etag;
        context.Response.Headers.CacheControl = "public, max-age=300";
        return context.Request.Headers.IfNoneMatch.Contains(_etag)
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.Bytes(_content, _contentType);
    }

    public static string ContentTypeOf(string name) => Path.GetExtension(name) switch
    {
        ".js" => "text/javascript; charset=utf-8",
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        _ => "application/octet-stream",
    };
}

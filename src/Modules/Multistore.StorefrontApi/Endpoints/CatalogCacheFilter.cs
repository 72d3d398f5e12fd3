using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Multistore.StorefrontApi.Endpoints;

/// <summary>
/// Catalog reads carry an ETag of their JSON and a short public max-age; a client that sends the ETag back
/// in If-None-Match gets 304 without the body.
/// </summary>
public sealed class CatalogCacheFilter : IEndpointFilter
{
    /// <summary>The one filter its endpoints share (it keeps no state; added by type, each shell build threw an exception per endpoint).</summary>
    public static readonly CatalogCacheFilter Instance = new();

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        var inner = result is INestedHttpResult nested ? nested.Result : result;
        if (inner is not IValueHttpResult { Value: { } value } || inner is not IStatusCodeHttpResult { StatusCode: StatusCodes.Status200OK })
        {
            return result;
        }

        var http = context.HttpContext;
        var json = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var hash = SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(value, value.GetType(), json));
        var etag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(hash.AsSpan(0, 16))}\"", isWeak: true);
        var settings = http.RequestServices.GetRequiredService<IOptions<StorefrontApiSettings>>().Value;
        var headers = http.Response.GetTypedHeaders();
        headers.ETag = etag;
        headers.CacheControl = new CacheControlHeaderValue { Public = true, MaxAge = TimeSpan.FromSeconds(settings.CatalogMaxAgeSeconds) };
        http.Response.Headers.Vary = "Accept-Language, Cookie";

        var sent = http.Request.GetTypedHeaders().IfNoneMatch;
        if (sent.Any(tag => tag.Compare(etag, useStrongComparison: false) || tag.Equals(EntityTagHeaderValue.Any)))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return result;
    }
}

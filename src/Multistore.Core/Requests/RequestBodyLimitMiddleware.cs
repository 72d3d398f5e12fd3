using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Multistore.Http;

namespace Multistore.Requests;

/// <summary>
/// Holds every request body of a shell to its endpoint's cap (<see cref="RequestBodyCap"/>; <see cref="RequestBodyCap.Shopper"/>
/// when the endpoint names none): a declared length over the cap is refused at once, a streamed body when it passes the cap,
/// in both cases with 413 before the endpoint binds or stores anything. Runs after routing, so the endpoint is known.
/// </summary>
internal sealed class RequestBodyLimitMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var metadata = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>();
        var cap = metadata is null ? RequestBodyCap.Shopper : metadata.MaxRequestBodySize;
        if (cap is not { } limit)
        {
            return next(context);
        }

        if (context.Request.ContentLength > limit)
        {
            throw TooLarge(limit);
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } server)
        {
            server.MaxRequestBodySize = limit;
        }

        if (context.Request.ContentLength is null)
        {
            context.Request.Body = new CappedRequestStream(context.Request.Body, limit);
        }

        return next(context);
    }

    internal static BadHttpRequestException TooLarge(long limit) =>
        new($"The request body is larger than the {limit / 1024} KB this address accepts.", StatusCodes.Status413PayloadTooLarge);
}

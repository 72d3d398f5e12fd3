using Microsoft.AspNetCore.Http;

namespace Multistore.Requests;

/// <summary>First in every shell's pipeline: a request the server could not read becomes its problem document, not a 500.</summary>
internal sealed class BadRequestProblemMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (BadHttpRequestException exception) when (!context.Response.HasStarted)
        {
            await BadRequestProblem.WriteAsync(context, exception);
        }
    }
}

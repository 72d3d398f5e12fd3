using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Multistore.Requests;

/// <summary>For modules that run an exception handler (the Storefront API): a request the server could not read is the client's error, answered as such.</summary>
internal sealed class BadRequestExceptionHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }

        await BadRequestProblem.WriteAsync(httpContext, badRequest);
        return true;
    }
}

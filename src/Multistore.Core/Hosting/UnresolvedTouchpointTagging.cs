using Microsoft.AspNetCore.Http;
using Multistore.Commerce;

namespace Multistore.Hosting;

/// <summary>
/// Outermost in a shell's pipeline: a request answered before the touchpoint stage (a page from the cache, a sign-in
/// challenge) still gets its trace and metrics tagged, with what the same resolver says once the answer is written.
/// Requests that reached the stage were tagged there and are left alone.
/// </summary>
internal sealed class UnresolvedTouchpointTagging(RequestDelegate next, TouchpointResolver resolver)
{
    public async Task InvokeAsync(HttpContext context)
    {
        await next(context);
        if (context.Features.Get<TouchpointFeature>() is null)
        {
            TouchpointTags.Apply(context, resolver.Resolve(context));
        }
    }
}

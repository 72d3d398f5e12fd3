using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Multistore.Commerce;

namespace Multistore.Hosting;

/// <summary>
/// First in the touchpoint stage: decides the request's touchpoint once (<see cref="TouchpointResolver"/>) and makes
/// everything after it use that answer: the <see cref="TouchpointFeature"/> carts and orders record, the trace and
/// metrics tag, and the log scope (with the signed-in user, who is known by now).
/// </summary>
internal sealed class TouchpointMiddleware(RequestDelegate next, TouchpointResolver resolver, ILogger<TouchpointMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var touchpoint = resolver.Resolve(context);
        context.Features.Set(TouchpointFeature.For(touchpoint));
        TouchpointTags.Apply(context, touchpoint);
        var user = context.User.Identity is { IsAuthenticated: true, Name: { } name } ? name : null;
        if (user is not null)
        {
            Activity.Current?.SetTag("enduser.id", user);
        }

        using var scope = logger.BeginScope(TouchpointLogScope.For(touchpoint, user));
        await next(context);
    }
}

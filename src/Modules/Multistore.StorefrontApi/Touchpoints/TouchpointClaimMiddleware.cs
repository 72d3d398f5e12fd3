using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Multistore.Commerce;

namespace Multistore.StorefrontApi.Touchpoints;

/// <summary>
/// After sign-in is known: a token's <c>touchpoint</c> claim overrides the header the host read, and the
/// signed-in user joins the tenant's log scope and trace.
/// </summary>
public sealed class TouchpointClaimMiddleware(RequestDelegate next, ILogger<TouchpointClaimMiddleware> logger)
{
    public const string ClaimType = "touchpoint";

    public async Task InvokeAsync(HttpContext context)
    {
        if (TouchpointFeature.Parse(context.User.FindFirst(ClaimType)?.Value) is { } claimed)
        {
            context.Features.Set(TouchpointFeature.For(claimed));
            Activity.Current?.SetTag("multistore.touchpoint", claimed);
        }

        var user = context.User.Identity is { IsAuthenticated: true, Name: { } name } ? name : null;
        if (user is null)
        {
            await next(context);
            return;
        }

        Activity.Current?.SetTag("enduser.id", user);
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["User"] = user, ["Touchpoint"] = TouchpointFeature.Of(context) });
        await next(context);
    }
}

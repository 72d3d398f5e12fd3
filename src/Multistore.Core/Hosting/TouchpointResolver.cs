using Microsoft.AspNetCore.Http;
using Multistore.Commerce;

namespace Multistore.Hosting;

/// <summary>
/// The one place a request's touchpoint is decided: a customer token's <c>touchpoint</c> claim, else the
/// <c>X-Touchpoint</c> header (an unknown value counts as web), else the first <see cref="ITouchpointContributor"/>
/// with an answer (the kiosk theme), else web. One per shell; contributors are the shell's singletons.
/// </summary>
internal sealed class TouchpointResolver(IEnumerable<ITouchpointContributor> contributors)
{
    private readonly ITouchpointContributor[] _contributors = [.. contributors];

    public string Resolve(HttpContext context)
    {
        if (TouchpointFeature.Parse(context.User.FindFirst(Touchpoints.ClaimType)?.Value) is { } claimed)
        {
            return claimed;
        }

        if (context.Request.Headers.TryGetValue(Touchpoints.HeaderName, out var header))
        {
            return TouchpointFeature.Parse(header) ?? Touchpoints.Web;
        }

        foreach (var contributor in _contributors)
        {
            if (TouchpointFeature.Parse(contributor.TouchpointOf(context)) is { } contributed)
            {
                return contributed;
            }
        }

        return Touchpoints.Web;
    }
}

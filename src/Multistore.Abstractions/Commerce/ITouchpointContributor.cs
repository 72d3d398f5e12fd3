using Microsoft.AspNetCore.Http;

namespace Multistore.Commerce;

/// <summary>
/// A module's say in which touchpoint a request comes from, asked by the engine's one touchpoint resolver only when
/// the request named none itself (no token claim, no <c>X-Touchpoint</c> header): a store whose theme is made for
/// kiosks serves the kiosk. The first contributor with an answer decides; none answering means web.
/// </summary>
public interface ITouchpointContributor
{
    /// <summary>The touchpoint (one of <see cref="Touchpoints.All"/>) this contributor sees, or null when it has no opinion.</summary>
    string? TouchpointOf(HttpContext context);
}

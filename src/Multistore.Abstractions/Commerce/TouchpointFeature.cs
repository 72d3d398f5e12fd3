using Microsoft.AspNetCore.Http;

namespace Multistore.Commerce;

/// <summary>
/// The touchpoint of the current request (web, app, kiosk), set by the host from the <c>X-Touchpoint</c>
/// header and refined by a token claim; carts and orders record it.
/// </summary>
public sealed record TouchpointFeature(string Name)
{
    /// <summary>The request's touchpoint; web when nothing said otherwise.</summary>
    public static string Of(HttpContext context) => context.Features.Get<TouchpointFeature>()?.Name ?? Touchpoints.Web;

    /// <summary>The known touchpoint named by <paramref name="value"/>, or null.</summary>
    public static string? Parse(string? value) =>
        Touchpoints.All.FirstOrDefault(t => string.Equals(t, value?.Trim(), StringComparison.OrdinalIgnoreCase));
}

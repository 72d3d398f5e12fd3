using Microsoft.AspNetCore.Http;

namespace Multistore.Commerce;

/// <summary>
/// The touchpoint of the current request (web, app, kiosk), decided once by the engine's resolver in the
/// <c>Touchpoint</c> pipeline stage (token claim, then <c>X-Touchpoint</c> header, then <see cref="ITouchpointContributor"/>s);
/// carts and orders record it.
/// </summary>
public sealed record TouchpointFeature(string Name)
{
    private static readonly TouchpointFeature WebFeature = new(Touchpoints.Web);
    private static readonly TouchpointFeature AppFeature = new(Touchpoints.App);
    private static readonly TouchpointFeature KioskFeature = new(Touchpoints.Kiosk);

    /// <summary>The request's touchpoint; web when nothing said otherwise (or before the touchpoint stage decided).</summary>
    public static string Of(HttpContext context) => context.Features.Get<TouchpointFeature>()?.Name ?? Touchpoints.Web;

    /// <summary>The known touchpoint named by <paramref name="value"/>, or null.</summary>
    public static string? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var name = value.Trim();
        foreach (var touchpoint in Touchpoints.All)
        {
            if (string.Equals(touchpoint, name, StringComparison.OrdinalIgnoreCase))
            {
                return touchpoint;
            }
        }

        return null;
    }

    /// <summary>The feature of a known touchpoint, shared by every request (the record is immutable).</summary>
    public static TouchpointFeature For(string touchpoint) =>
        touchpoint switch
        {
            Touchpoints.Web => WebFeature,
            Touchpoints.App => AppFeature,
            Touchpoints.Kiosk => KioskFeature,
            _ => new TouchpointFeature(touchpoint),
        };

}

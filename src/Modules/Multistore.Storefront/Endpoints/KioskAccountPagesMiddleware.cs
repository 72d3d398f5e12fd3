using Microsoft.AspNetCore.Http;
using Multistore.Commerce;
using Multistore.Theming;

namespace Multistore.Storefront.Endpoints;

/// <summary>
/// Kiosks have no shopper accounts: on the kiosk touchpoint everything under <c>/account</c> (sign-in, sign-up,
/// orders, addresses, and whatever a module adds there) answers the theme's not-found page, whichever module maps it.
/// </summary>
public sealed class KioskAccountPagesMiddleware(RequestDelegate next)
{
    public const string AccountPath = "/account";

    public async Task InvokeAsync(HttpContext context, IThemeViewRenderer views)
    {
        if (!context.Request.Path.StartsWithSegments(AccountPath, StringComparison.OrdinalIgnoreCase)
            || TouchpointFeature.Of(context) != Touchpoints.Kiosk)
        {
            await next(context);
            return;
        }

        var notFound = await views.ViewAsync("not-found", null, StatusCodes.Status404NotFound);
        await notFound.ExecuteAsync(context);
    }
}

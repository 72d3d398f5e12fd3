using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Multistore.Catalog.Services;
using Multistore.Pricing.Services;
using Multistore.Storefront.Models;
using Multistore.Theming;
using Microsoft.Extensions.Options;
using Multistore.Settings;

namespace Multistore.Storefront.Endpoints;

public static class HomePageEndpoints
{
    public static IEndpointRouteBuilder MapHomePage(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", async (IProductCatalog catalog, IPriceService prices, IOptions<SiteSettings> site, IThemeViewRenderer views, CancellationToken cancellationToken) =>
        {
            var products = await catalog.ListActiveAsync(CultureInfo.CurrentCulture.Name, 0, 12, cancellationToken);
            var cards = await new ProductCards(prices, site).ForAsync(products, cancellationToken);
            return await views.ViewAsync("home", new HomePage(cards));
        }).WithName("HomePage");
        return endpoints;
    }

    public static IEndpointRouteBuilder MapNotFoundPage(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapFallback(async (IThemeViewRenderer views) => await views.ViewAsync("not-found", null, StatusCodes.Status404NotFound));
        return endpoints;
    }
}

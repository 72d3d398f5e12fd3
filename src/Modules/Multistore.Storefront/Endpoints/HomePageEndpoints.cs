using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Multistore.Catalog.Media;
using Multistore.Catalog.Services;
using Multistore.Pricing.Services;
using Multistore.Settings;
using Multistore.Caching;
using Multistore.Storefront.Models;
using Multistore.Theming;

namespace Multistore.Storefront.Endpoints;

public static class HomePageEndpoints
{
    public static IEndpointRouteBuilder MapHomePage(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", (HttpContext context, CancellationToken cancellationToken) => RenderAsync(context.RequestServices, cancellationToken))
            .WithName("HomePage").CachedStorefrontPage();
        return endpoints;
    }

    public static IEndpointRouteBuilder MapNotFoundPage(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapFallback(async (IThemeViewRenderer views) => await views.ViewAsync("not-found", null, StatusCodes.Status404NotFound));
        return endpoints;
    }

    /// <summary>The home page: the newest active products as cards and the categories. Also what the theme admin previews.</summary>
    public static async Task<ContentHttpResult> RenderAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var catalog = services.GetRequiredService<IProductCatalog>();
        var products = await catalog.ListActiveAsync(CultureInfo.CurrentCulture.Name, 0, 12, cancellationToken);
        var cards = await new ProductCards(services.GetRequiredService<IPriceService>(), services.GetRequiredService<IProductImages>(), services.GetRequiredService<IOptions<SiteSettings>>()).ForAsync(products, cancellationToken);
        var categories = await catalog.ListCategoriesAsync(CultureInfo.CurrentCulture.Name, cancellationToken);
        return await services.GetRequiredService<IThemeViewRenderer>().ViewAsync("home", new HomePage(cards, categories));
    }
}

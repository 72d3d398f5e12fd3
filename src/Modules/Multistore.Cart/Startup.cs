using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Cart.Endpoints;
using Multistore.Cart.Services;
using Multistore.Cart.Theming;
using Multistore.Data;
using Multistore.Modules;
using Multistore.Theming;

namespace Multistore.Cart;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddModuleDbContext<CartDbContext>("cart");
        services.AddScoped<CartPricing>();
        services.AddScoped<ICartService, CartService>();
        services.AddScoped<ICartQueries, CartQueries>();
        services.AddTemplateFilter<CartCountFilter>(CartCountFilter.Name);
        services.AddAntiforgery();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapCartPages();
        endpoints.MapCartLineEndpoints();
        endpoints.MapStartOverEndpoints();
    }
}

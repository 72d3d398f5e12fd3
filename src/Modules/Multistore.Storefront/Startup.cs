using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Catalog.Events;
using Multistore.Events;
using Multistore.Modules;
using Multistore.Pricing.Events;
using Multistore.Storefront.Caching;
using Multistore.Storefront.Endpoints;

namespace Multistore.Storefront;

public sealed class Startup : ModuleStartup
{
    /// <summary>Last, so its not-found fallback never hides another module's route.</summary>
    public override int Order => 1000;

    public override void ConfigureServices(IServiceCollection services)
    {
        // Registered in the shell's container: each tenant has its own cache store, dropped with the shell.
        services.AddOutputCache(options =>
        {
            options.AddPolicy(StorefrontCachePolicy.Name, new StorefrontCachePolicy());
            options.AddBasePolicy(new StorefrontPagesPolicy());
        });
        services.AddSingleton<StorefrontCacheEviction>();
        services.AddSingleton<PriceBoundaryEviction>();
        services.AddScoped<IEventSubscriber<CatalogChanged>, EvictOnChange>();
        services.AddScoped<IEventSubscriber<PriceChanged>, EvictOnChange>();
    }

    public override void Configure(IApplicationBuilder app)
    {
        app.UseMiddleware<ErrorPageMiddleware>();
        app.UseMiddleware<ThemeTouchpointMiddleware>();
        app.UseMiddleware<KioskAccountPagesMiddleware>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHomePage();
        endpoints.MapCultureSwitch();
        endpoints.MapNotFoundPage();
    }
}

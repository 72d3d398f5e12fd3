using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Catalog.Events;
using Multistore.Commerce;
using Multistore.Events;
using Multistore.Modules;
using Multistore.Pricing.Events;
using Multistore.Storefront.Caching;
using Multistore.Storefront.Endpoints;

namespace Multistore.Storefront;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        // Registered in the shell's container: each tenant has its own cache store, dropped with the shell.
        services.AddOutputCache(options => options.AddBasePolicy(new StorefrontPagesPolicy()));
        services.AddCdnPurging();
        services.AddSingleton<ITouchpointContributor, ThemeTouchpoint>();
        services.AddSingleton<StorefrontCacheEviction>();
        services.AddSingleton<PriceBoundaryEviction>();
        services.AddScoped<IEventSubscriber<CatalogChanged>, EvictOnChange>();
        services.AddScoped<IEventSubscriber<PriceChanged>, EvictOnChange>();
    }

    public override void Configure(IShellPipelineBuilder pipeline) => pipeline
        .Use(PipelineStage.ErrorPages, app => app.UseMiddleware<ErrorPageMiddleware>())
        .Use(PipelineStage.Endpoints, app => app.UseMiddleware<KioskAccountPagesMiddleware>());

    /// <summary>The not-found page is a fallback route (<c>MapFallback</c>): its route order puts it after every other module's route, wherever it is mapped.</summary>
    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHomePage();
        endpoints.MapCultureSwitch();
        endpoints.MapNotFoundPage();
    }
}

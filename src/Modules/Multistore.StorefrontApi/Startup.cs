using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Multistore.Search.Endpoints;
using Multistore.Modules;
using Multistore.Settings;
using Multistore.StorefrontApi.Catalog;
using Multistore.StorefrontApi.Endpoints;
using Multistore.StorefrontApi.Realtime;
using Multistore.StorefrontApi.Services;

namespace Multistore.StorefrontApi;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddTenantSettings<StorefrontApiSettings>(StorefrontApiSettings.GroupName);
        services.AddScoped<ProductListing>();
        services.AddScoped<ProductOffers>();
        // The Search module's currency check, also without the Search feature: currencies come from the price lists.
        services.TryAddScoped<SearchCurrencies>();
        services.AddScoped<Health.StoreHealthChecks>();
        services.AddStorefrontApiProblemDetails();
        services.AddStorefrontApiRateLimiting();
        services.AddStorefrontApiCors();
        services.AddStorefrontApiDocument();
        services.AddStorefrontLive();
    }

    public override void Configure(IShellPipelineBuilder pipeline) => pipeline.Use(PipelineStage.Api, app =>
    {
        app.UseWebSockets();
        app.UseWhen(ApiProblemDetails.IsApiRequest, api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
        });
        app.UseCors();
        app.UseRateLimiter();
    });

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapStorefrontApi();
        api.MapProductEndpoints();
        api.MapCategoryEndpoints();
        api.MapTenantHealthEndpoints();
        endpoints.MapReferenceEndpoints();
        endpoints.MapLiveEndpoints();
        endpoints.MapApiFallback();
    }
}

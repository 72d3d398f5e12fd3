using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Modules;
using Multistore.Settings;
using Multistore.StorefrontApi.Catalog;
using Multistore.StorefrontApi.Endpoints;
using Multistore.StorefrontApi.Realtime;
using Multistore.StorefrontApi.Services;
using Multistore.StorefrontApi.Touchpoints;

namespace Multistore.StorefrontApi;

public sealed class Startup : ModuleStartup
{
    /// <summary>After the modules that sign people in, so the user and their token's touchpoint are known.</summary>
    public override int Order => 100;

    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddTenantSettings<StorefrontApiSettings>(StorefrontApiSettings.GroupName);
        services.AddScoped<ProductListing>();
        services.AddScoped<Health.StoreHealthChecks>();
        services.AddStorefrontApiProblemDetails();
        services.AddStorefrontApiRateLimiting();
        services.AddStorefrontApiCors();
        services.AddStorefrontApiDocument();
        services.AddStorefrontLive();
    }

    public override void Configure(IApplicationBuilder app)
    {
        app.UseWebSockets();
        app.UseMiddleware<TouchpointClaimMiddleware>();
        app.UseWhen(ApiProblemDetails.IsApiRequest, api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
        });
        app.UseCors();
        app.UseRateLimiter();
    }

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

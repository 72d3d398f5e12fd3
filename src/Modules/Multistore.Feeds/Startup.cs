using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Feeds.Endpoints;
using Multistore.Feeds.Services;
using Multistore.Modules;

namespace Multistore.Feeds;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<FeedVersion>();
        services.AddScoped<IFeedStock, UntrackedFeedStock>();
        services.AddScoped<FeedPageReader>();
        services.AddScoped<FeedShipping>();
        services.AddScoped<FeedItems>();
        services.AddScoped<SitemapPages>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapFeedEndpoints();
        endpoints.MapSearchEngineEndpoints();
    }
}

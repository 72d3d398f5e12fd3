using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Multistore.Feeds.Endpoints;
using Multistore.Feeds.Services;
using Multistore.Modules;

namespace Multistore.Feeds;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<FeedVersion>();
        // Tried, not added: the Inventory integration's startup may run before or after this one, and its stock must win.
        services.AddScoped<FeedPageReader>();
        services.AddScoped<FeedShipping>();
        services.AddScoped<FeedTax>();
        services.AddScoped<FeedItems>();
        services.AddScoped<SitemapPages>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapFeedEndpoints();
        endpoints.MapSearchEngineEndpoints();
    }
}

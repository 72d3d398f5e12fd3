using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Catalog.Events;
using Multistore.Events;
using Multistore.Modules;
using Multistore.Search.Endpoints;
using Multistore.Search.Indexing;
using Multistore.Search.Querying;

namespace Multistore.Search;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<TenantSearchIndex>();
        services.AddSingleton<SearchIndexer>();
        services.AddScoped<ProductIndexWriter>();
        services.AddSingleton<IProductSearch, ProductSearch>();
        services.AddScoped<SearchCurrencies>();
        services.AddScoped<IEventSubscriber<CatalogChanged>, CatalogChangedSignal>();
    }

    /// <summary>The indexer starts with the shell's first request (a shell built only to run a setup recipe never indexes).</summary>
    public override void Configure(IShellPipelineBuilder pipeline)
    {
        var indexer = pipeline.Services.GetRequiredService<SearchIndexer>();
        pipeline.Use(PipelineStage.Endpoints, app => app.Use(next => context =>
        {
            indexer.EnsureStarted();
            return next(context);
        }));
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapSearchPages();
        endpoints.MapSearchApi();
    }
}

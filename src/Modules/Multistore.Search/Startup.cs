using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Background;
using Multistore.Catalog.Events;
using Multistore.Commerce;
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
        services.AddBackgroundTask<SearchIndexer>(SearchIndexer.Schedule);
        services.AddScoped<ProductIndexWriter>();
        services.AddSingleton<IProductSearch, ProductSearch>();
        services.AddScoped<ISimilarProducts, SimilarProducts>();
        services.AddScoped<SearchCurrencies>();
        services.AddScoped<ListingSearch>();
        services.AddScoped<IEventSubscriber<CatalogChanged>, CatalogChangedSignal>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapSearchPages();
        endpoints.MapSearchApi();
    }
}

using Microsoft.Extensions.DependencyInjection;
using Multistore.Catalog.Recipes;
using Multistore.Catalog.Services;
using Multistore.Data;
using Multistore.Modules;
using Multistore.Recipes;

namespace Multistore.Catalog;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddModuleDbContext<CatalogDbContext>("catalog");
        services.AddScoped<IProductCatalog, ProductCatalog>();
        services.AddRecipeStep<CatalogRecipeStep>();
    }
}

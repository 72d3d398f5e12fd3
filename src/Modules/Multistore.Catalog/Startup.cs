using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Multistore.Catalog.Editing;
using Multistore.Catalog.Endpoints;
using Multistore.Catalog.Events;
using Multistore.Catalog.Import;
using Multistore.Catalog.Media;
using Multistore.Catalog.Recipes;
using Multistore.Catalog.Services;
using Multistore.Data;
using Multistore.Events;
using Multistore.Modules;
using Multistore.Pricing.Events;
using Multistore.Recipes;

namespace Multistore.Catalog;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddModuleDbContext<CatalogDbContext>("catalog");
        services.AddScoped<IProductCatalog, ProductCatalog>();
        // Tried, not added: the Inventory integration's startup may run before or after this one, and its stock must win.
        services.AddScoped<CategoryTree>();
        services.AddSingleton<CatalogReadStore>();
        services.AddScoped<CatalogReadCache>();
        services.AddScoped<CatalogPageReader>();
        services.AddScoped<Multistore.Health.IStoreHealthProbe, CatalogHealthProbe>();
        services.AddScoped<ICatalogFeed, CatalogFeed>();
        services.AddScoped<CatalogChangeLog>();
        services.AddSingleton<DescriptionSanitizer>();
        services.AddScoped<ProductWriter>();
        services.AddScoped<CategoryWriter>();
        services.AddScoped<AttributeLabelWriter>();
        services.AddScoped<CatalogImporter>();
        services.AddScoped<CatalogExporter>();
        services.AddSingleton<ImportJobs>();
        services.AddScoped<IEventSubscriber<PriceChanged>, PriceChangeLogger>();
        services.AddSingleton<RecipeImageFiles>();
        services.AddRecipeStep<CatalogRecipeStep>();
        services.AddScoped<IRecipeExportContributor, CatalogExportContributor>();
        services.AddSingleton<ProductImageFiles>();
        services.AddScoped<ProductImageUploads>();
        services.AddScoped<ProductImageUrls>();
        services.AddScoped<IProductImages>(sp => sp.GetRequiredService<ProductImageUrls>());
        services.AddScoped<ProductImageDetails>();
        services.AddScoped<ProductImageImport>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapProductPages();
        endpoints.MapProductImages();
    }
}

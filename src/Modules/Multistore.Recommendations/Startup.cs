using Microsoft.Extensions.DependencyInjection;
using Multistore.Commerce;
using Multistore.Data;
using Multistore.Modules;
using Multistore.Recommendations.Services;
using Multistore.Recommendations.Theming;
using Multistore.Theming;

namespace Multistore.Recommendations;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddModuleDbContext<RecommendationsDbContext>("recommendations");
        services.AddScoped<BoughtTogetherCounts>();
        services.AddScoped<SkuProducts>();
        services.AddScoped<RecommendableProducts>();
        services.AddScoped<PopularProducts>();
        services.AddScoped<IProductRecommendations, ProductRecommendations>();
        services.AddScoped<RecommendationCards>();
        services.AddTemplateFilter<RecommendationsFilter>(RecommendationsFilter.Name);
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Multistore.Data;
using Multistore.Modules;
using Multistore.Promotions.Recipes;
using Multistore.Promotions.Services;
using Multistore.Recipes;

namespace Multistore.Promotions;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddModuleDbContext<PromotionsDbContext>("promotions");
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<ICouponService, CouponService>();
        services.AddScoped<IRecipeExportContributor, PromotionsExportContributor>();
        services.AddRecipeStep<PromotionsRecipeStep>();
    }
}

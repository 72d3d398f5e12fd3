using Microsoft.Extensions.DependencyInjection;
using Multistore.Data;
using Multistore.Modules;
using Multistore.Pricing.Recipes;
using Multistore.Pricing.Services;
using Multistore.Recipes;

namespace Multistore.Pricing;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddModuleDbContext<PricingDbContext>("pricing");
        services.AddScoped<IPriceService, PriceService>();
        services.AddRecipeStep<PriceListsRecipeStep>();
    }
}

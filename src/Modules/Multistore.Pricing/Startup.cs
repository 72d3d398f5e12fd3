using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Multistore.Data;
using Multistore.Modules;
using Multistore.Pricing.Editing;
using Multistore.Pricing.Recipes;
using Multistore.Pricing.Services;
using Multistore.Recipes;
using Multistore.Settings;

namespace Multistore.Pricing;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddModuleDbContext<PricingDbContext>("pricing");
        services.TryAddSingleton(TimeProvider.System);
        services.AddTenantSettings<PricingSettings>(PricingSettings.GroupName);
        services.AddScoped<PriceValidity>();
        services.AddScoped<IPriceService, PriceService>();
        services.AddScoped<PriceWriter>();
        services.AddScoped<PriceListEditor>();
        services.AddRecipeStep<PriceListsRecipeStep>();
        services.AddScoped<IRecipeExportContributor, PriceListsExportContributor>();
    }
}

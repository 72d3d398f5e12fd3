using Microsoft.Extensions.DependencyInjection;
using Multistore.Commerce;
using Multistore.Data;
using Multistore.Modules;
using Multistore.Recipes;
using Multistore.Settings;
using Multistore.Shipping.Recipes;
using Multistore.Shipping.Services;
using Multistore.Shipping.Settings;

namespace Multistore.Shipping;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddModuleDbContext<ShippingDbContext>("shipping");
        services.AddTenantSettings<PickupSettings>(PickupSettings.GroupName);
        services.AddScoped<IShippingRateProvider, ZoneRateProvider>();
        services.AddScoped<IShippingRateProvider, PickupRateProvider>();
        services.AddScoped<IShippingCoverage, ZoneCoverage>();
        services.AddScoped<IRecipeExportContributor, ShippingExportContributor>();
        services.AddRecipeStep<ShippingRecipeStep>();
    }
}

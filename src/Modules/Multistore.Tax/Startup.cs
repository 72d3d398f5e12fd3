using Microsoft.Extensions.DependencyInjection;
using Multistore.Commerce;
using Multistore.Data;
using Multistore.Modules;
using Multistore.Recipes;
using Multistore.Settings;
using Multistore.Tax.Recipes;
using Multistore.Tax.Services;
using Multistore.Tax.Settings;

namespace Multistore.Tax;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddModuleDbContext<TaxDbContext>("tax");
        services.AddTenantSettings<TaxSettings>(TaxSettings.GroupName);
        services.AddScoped<ITaxCalculator, TaxRuleCalculator>();
        services.AddScoped<ITaxRateTable, TaxRateTableReader>();
        services.AddScoped<IRecipeExportContributor, TaxExportContributor>();
        services.AddRecipeStep<TaxRecipeStep>();
    }
}

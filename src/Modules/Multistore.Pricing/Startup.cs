using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Multistore.Background;
using Multistore.Data;
using Multistore.Events;
using Multistore.Modules;
using Multistore.Pricing.Editing;
using Multistore.Pricing.Events;
using Multistore.Pricing.Recipes;
using Multistore.Pricing.Scheduling;
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
        services.AddScoped<Multistore.Health.IStoreHealthProbe, PriceHealthProbe>();
        services.AddScoped<PriceWriter>();
        services.AddScoped<IPriceListEditor, PriceListEditor>();
        services.AddScoped<ScheduledPriceBoundaries>();
        services.AddBackgroundTask<ScheduledPriceWatcher>(ScheduledPriceWatcher.Schedule);
        services.AddScoped<IEventSubscriber<PriceChanged>, PriceSavedSignal>();
        services.AddRecipeStep<PriceListsRecipeStep>();
        services.AddScoped<IRecipeExportContributor, PriceListsExportContributor>();
    }
}

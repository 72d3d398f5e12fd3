using Microsoft.Extensions.DependencyInjection;
using Multistore.Modules;
using Multistore.Recommendations.Services;

namespace Multistore.Recommendations;

/// <summary>With Inventory on, nothing out of stock is recommended.</summary>
[RequireFeatures("Multistore.Inventory")]
public sealed class InventoryRecommendationsStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services) =>
        services.AddScoped<IRecommendationStock, InventoryStock>();
}

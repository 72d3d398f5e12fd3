using Microsoft.Extensions.DependencyInjection;
using Multistore.Background;
using Multistore.Events;
using Multistore.Modules;
using Multistore.Orders.Services;
using Multistore.Recommendations.Services;

namespace Multistore.Recommendations;

/// <summary>With Orders on, "bought together" and the best sellers are counted from the store's orders.</summary>
[RequireFeatures("Multistore.Orders")]
public sealed class OrdersRecommendationsStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddScoped<IEventSubscriber<OrderPlaced>, OrderPlacedCounter>();
        services.AddBackgroundTask<BoughtTogetherRebuild>(BoughtTogetherRebuild.Schedule);
    }
}

using Microsoft.Extensions.DependencyInjection;
using Multistore.Events;
using Multistore.Inventory.Services;
using Multistore.Modules;

namespace Multistore.StorefrontApi.Realtime;

/// <summary>With Inventory on, its stock changes go out on the live hub.</summary>
[RequireFeatures("Multistore.Inventory")]
public sealed class InventoryLiveStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services) =>
        services.AddScoped<IEventSubscriber<StockChanged>, InventoryStockBroadcaster>();
}

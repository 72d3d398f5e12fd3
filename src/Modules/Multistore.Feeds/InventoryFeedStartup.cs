using Microsoft.Extensions.DependencyInjection;
using Multistore.Events;
using Multistore.Feeds.Services;
using Multistore.Inventory.Services;
using Multistore.Modules;

namespace Multistore.Feeds;

/// <summary>With Inventory on, feeds say what is in stock and change their ETag when stock changes.</summary>
[RequireFeatures("Multistore.Inventory")]
public sealed class InventoryFeedStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddScoped<IEventSubscriber<StockChanged>, StockChangeCounter>();
    }
}

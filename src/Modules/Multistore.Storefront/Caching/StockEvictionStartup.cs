using Microsoft.Extensions.DependencyInjection;
using Multistore.Events;
using Multistore.Inventory.Services;
using Multistore.Modules;

namespace Multistore.Storefront.Caching;

/// <summary>With inventory, a stock change (sold out, back in stock) also drops the cached pages.</summary>
[RequireFeatures("Multistore.Inventory")]
public sealed class StockEvictionStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services) =>
        services.AddScoped<IEventSubscriber<StockChanged>, EvictOnStockChange>();
}

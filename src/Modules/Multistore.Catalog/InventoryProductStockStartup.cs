using Microsoft.Extensions.DependencyInjection;
using Multistore.Catalog.Services;
using Multistore.Modules;

namespace Multistore.Catalog;

/// <summary>With Inventory on, product pages say what is in stock (the JSON-LD offers' availability among them).</summary>
[RequireFeatures("Multistore.Inventory")]
public sealed class InventoryProductStockStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services) =>
        services.AddScoped<IProductStock, InventoryProductStock>();
}

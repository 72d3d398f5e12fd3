using Microsoft.Extensions.DependencyInjection;
using Multistore.Background;
using Multistore.Commerce;
using Multistore.Data;
using Multistore.Inventory.Recipes;
using Multistore.Inventory.Services;
using Multistore.Modules;
using Multistore.Recipes;

namespace Multistore.Inventory;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddModuleDbContext<InventoryDbContext>("inventory");
        services.AddScoped<StockNotifier>();
        services.AddScoped<IStockService, StockService>();
        services.AddScoped<IStockLevels>(sp => sp.GetRequiredService<IStockService>());
        services.AddScoped<IStockReservations, StockReservations>();
        services.AddBackgroundTask<ReservationSweeper>(ReservationSweeper.Schedule);
        services.AddScoped<IRecipeExportContributor, InventoryExportContributor>();
        services.AddRecipeStep<InventoryRecipeStep>();
    }
}

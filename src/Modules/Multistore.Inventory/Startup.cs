using Microsoft.Extensions.DependencyInjection;
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
        services.AddScoped<IStockReservations, StockReservations>();
        services.AddSingleton<ReservationSweeper>();
        services.AddRecipeStep<InventoryRecipeStep>();
    }

    /// <summary>The shell's pipeline is built once per shell: the sweeper starts with it and stops when the shell is disposed.</summary>
    public override void Configure(IShellPipelineBuilder pipeline) =>
        pipeline.Services.GetRequiredService<ReservationSweeper>().Start();
}

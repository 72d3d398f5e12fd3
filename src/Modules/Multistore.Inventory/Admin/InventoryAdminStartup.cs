using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Admin.Dashboard;
using Multistore.Admin.Navigation;
using Multistore.Admin.Permissions;
using Multistore.Inventory.Admin.Dashboard;
using Multistore.Inventory.Admin.Locations;
using Multistore.Modules;

namespace Multistore.Inventory.Admin;

/// <summary>The stock pages, when the tenant has the admin.</summary>
[RequireFeatures("Multistore.Admin")]
public sealed class InventoryAdminStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddPermissions<InventoryPermissions>();
        services.AddScoped<StockAdminQuery>();
        services.AddScoped<StockLocationAdmin>();
        services.AddAdminMenuItem(new AdminMenuItem(AdminSections.Catalog, "Stock", "inventory", InventoryPermissions.ManageInventory) { Order = 20 });
        services.AddAdminMenuItem(new AdminMenuItem(AdminSections.Catalog, "Stock locations", StockLocationEndpoints.Path, InventoryPermissions.ManageInventory) { Order = 21 });
        services.AddDashboardSection<LowStockSection>(InventoryPermissions.ManageInventory, order: 40);
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapInventoryAdminEndpoints().MapStockLocationEndpoints();
}

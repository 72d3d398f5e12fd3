using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Admin.Dashboard;
using Multistore.Admin.Navigation;
using Multistore.Admin.Permissions;
using Multistore.Modules;
using Multistore.Orders.Admin.Dashboard;

namespace Multistore.Orders.Admin;

/// <summary>The orders' admin pages, when the tenant has the admin.</summary>
[RequireFeatures("Multistore.Admin")]
public sealed class OrdersAdminStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddPermissions<OrderPermissions>();
        services.AddScoped<OrderAdminQuery>();
        services.AddAdminMenuItem(new AdminMenuItem(AdminSections.Sales, "Orders", "orders", OrderPermissions.ManageOrders) { Order = 10 });
        services.AddScoped<SalesDashboard>();
        services.AddDashboardSection<SalesSection>(OrderPermissions.ManageOrders, order: 10, wide: true);
        services.AddDashboardSection<WaitingOrdersSection>(OrderPermissions.ManageOrders, order: 20);
        services.AddDashboardSection<TopProductsSection>(OrderPermissions.ManageOrders, order: 50, wide: true);
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapOrderAdminEndpoints();
}

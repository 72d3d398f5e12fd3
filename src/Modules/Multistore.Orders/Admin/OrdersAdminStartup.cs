using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Admin.Navigation;
using Multistore.Admin.Permissions;
using Multistore.Modules;

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
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapOrderAdminEndpoints();
}

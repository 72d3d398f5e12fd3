using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Admin.Navigation;
using Multistore.Admin.Routing;
using Multistore.Modules;

namespace Multistore.StorefrontApi.Admin;

/// <summary>Carts, orders and revenue by touchpoint in the admin, when the store sells.</summary>
[RequireFeatures("Multistore.Admin", "Multistore.Cart", "Multistore.Orders")]
public sealed class TouchpointReportAdminStartup : ModuleStartup
{
    public const string Path = "reports/touchpoints";

    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddScoped<TouchpointReport>();
        services.AddAdminMenuItem(new AdminMenuItem(AdminSections.Sales, "Sales by touchpoint", Path, DiagnosticsPermissions.ViewTouchpointReport) { Order = 60 });
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) =>
        endpoints.MapAdminPage<TouchpointReportPage>(Path, DiagnosticsPermissions.ViewTouchpointReport).WithName("AdminTouchpointReport");
}

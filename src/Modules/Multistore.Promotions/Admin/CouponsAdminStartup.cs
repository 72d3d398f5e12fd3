using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Admin.Navigation;
using Multistore.Modules;

namespace Multistore.Promotions.Admin;

/// <summary>The coupon pages, when the tenant has the admin.</summary>
[RequireFeatures("Multistore.Admin")]
public sealed class CouponsAdminStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddPermissions<CouponPermissions>();
        services.AddScoped<CouponEditing>();
        services.AddAdminMenuItem(new AdminMenuItem(AdminSections.Sales, "Coupons", CouponAdminEndpoints.ListPath, CouponPermissions.ManageCoupons) { Order = 30 });
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapCouponAdminEndpoints();
}

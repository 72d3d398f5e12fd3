using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Admin.Navigation;
using Multistore.Modules;

namespace Multistore.Shipping.Admin;

/// <summary>The shipping pages, when the tenant has the admin.</summary>
[RequireFeatures("Multistore.Admin")]
public sealed class ShippingAdminStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddPermissions<ShippingPermissions>();
        services.AddScoped<ShippingZoneEditing>();
        services.AddAdminSettingsGroup("Shipping", ShippingZoneEndpoints.ListPath, ShippingPermissions.ManageShipping, order: 30);
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapShippingZoneEndpoints();
        endpoints.MapShippingRateEndpoints();
        endpoints.MapPickupEndpoints();
    }
}

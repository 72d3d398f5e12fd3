using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Admin.Navigation;
using Multistore.Modules;

namespace Multistore.Payments.Admin;

/// <summary>The cash on delivery settings page, when the store offers cash on delivery and has the admin.</summary>
[FeatureStartup("Multistore.Payments.CashOnDelivery")]
[RequireFeatures("Multistore.Admin")]
public sealed class CashOnDeliveryAdminStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddPermissions<PaymentPermissions>();
        services.AddAdminSettingsGroup("Payments: cash on delivery", CashOnDeliverySettingsEndpoints.Path, PaymentPermissions.ManagePaymentProviders);
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapCashOnDeliverySettingsEndpoints();
}

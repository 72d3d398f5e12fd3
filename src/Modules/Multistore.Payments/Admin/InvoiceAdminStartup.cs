using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Admin.Navigation;
using Multistore.Modules;

namespace Multistore.Payments.Admin;

/// <summary>The invoice settings page, when the store offers invoice and has the admin.</summary>
[FeatureStartup("Multistore.Payments.Invoice")]
[RequireFeatures("Multistore.Admin")]
public sealed class InvoiceAdminStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddPermissions<PaymentPermissions>();
        services.AddAdminSettingsGroup("Payments: invoice", InvoiceSettingsEndpoints.Path, PaymentPermissions.ManagePaymentProviders);
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapInvoiceSettingsEndpoints();
}

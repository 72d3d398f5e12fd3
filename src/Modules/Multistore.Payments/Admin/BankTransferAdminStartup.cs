using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Admin.Navigation;
using Multistore.Modules;

namespace Multistore.Payments.Admin;

/// <summary>The bank transfer settings page, when the store offers bank transfer and has the admin.</summary>
[FeatureStartup("Multistore.Payments.BankTransfer")]
[RequireFeatures("Multistore.Admin")]
public sealed class BankTransferAdminStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddPermissions<PaymentPermissions>();
        services.AddAdminSettingsGroup("Payments: bank transfer", BankTransferSettingsEndpoints.Path, PaymentPermissions.ManagePaymentProviders);
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapBankTransferSettingsEndpoints();
}

using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Admin.Navigation;
using Multistore.Modules;
using Multistore.Payments.Admin;

namespace Multistore.Payments.Stripe.Admin;

/// <summary>The Stripe settings page, when the store has the admin.</summary>
[RequireFeatures("Multistore.Admin")]
public sealed class StripeAdminStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddPermissions<PaymentPermissions>();
        services.AddAdminSettingsGroup("Payments: Stripe", StripeSettingsEndpoints.Path, PaymentPermissions.ManagePaymentProviders);
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapStripeSettingsEndpoints();
}

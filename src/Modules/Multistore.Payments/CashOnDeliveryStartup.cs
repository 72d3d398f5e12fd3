using Microsoft.Extensions.DependencyInjection;
using Multistore.Modules;
using Multistore.Payments.Recipes;
using Multistore.Payments.Services;
using Multistore.Payments.Settings;

namespace Multistore.Payments;

[FeatureStartup("Multistore.Payments.CashOnDelivery")]
public sealed class CashOnDeliveryStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddPaymentMethod<CashOnDeliverySettings, CashOnDeliveryPaymentProvider, CashOnDeliveryRecipeSection>(CashOnDeliverySettings.GroupName);
    }
}

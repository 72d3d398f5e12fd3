using Microsoft.Extensions.DependencyInjection;
using Multistore.Commerce;
using Multistore.Modules;
using Multistore.Payments.Recipes;
using Multistore.Payments.Services;
using Multistore.Payments.Settings;
using Multistore.Settings;

namespace Multistore.Payments;

[FeatureStartup("Multistore.Payments.CashOnDelivery")]
public sealed class CashOnDeliveryStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddTenantSettings<CashOnDeliverySettings>(CashOnDeliverySettings.GroupName);
        services.AddScoped<IPaymentProvider, CashOnDeliveryPaymentProvider>();
        services.AddScoped<IPaymentRecipeSection, CashOnDeliveryRecipeSection>();
    }
}

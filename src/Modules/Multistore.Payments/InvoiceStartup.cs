using Microsoft.Extensions.DependencyInjection;
using Multistore.Modules;
using Multistore.Payments.Recipes;
using Multistore.Payments.Services;
using Multistore.Payments.Settings;

namespace Multistore.Payments;

[FeatureStartup("Multistore.Payments.Invoice")]
public sealed class InvoiceStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddPaymentMethod<InvoiceSettings, InvoicePaymentProvider, InvoiceRecipeSection>(InvoiceSettings.GroupName);
    }
}

using Microsoft.Extensions.DependencyInjection;
using Multistore.Commerce;
using Multistore.Modules;
using Multistore.Payments.Recipes;
using Multistore.Payments.Services;
using Multistore.Payments.Settings;
using Multistore.Settings;

namespace Multistore.Payments;

[FeatureStartup("Multistore.Payments.Invoice")]
public sealed class InvoiceStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddTenantSettings<InvoiceSettings>(InvoiceSettings.GroupName);
        services.AddScoped<IPaymentProvider, InvoicePaymentProvider>();
        services.AddScoped<IPaymentRecipeSection, InvoiceRecipeSection>();
    }
}

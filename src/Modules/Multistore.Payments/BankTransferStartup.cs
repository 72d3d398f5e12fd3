using Microsoft.Extensions.DependencyInjection;
using Multistore.Commerce;
using Multistore.Modules;
using Multistore.Payments.Recipes;
using Multistore.Payments.Services;
using Multistore.Payments.Settings;
using Multistore.Settings;

namespace Multistore.Payments;

[FeatureStartup("Multistore.Payments.BankTransfer")]
public sealed class BankTransferStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddTenantSettings<BankTransferSettings>(BankTransferSettings.GroupName);
        services.AddScoped<IPaymentProvider, BankTransferPaymentProvider>();
        services.AddScoped<IPaymentRecipeSection, BankTransferRecipeSection>();
    }
}

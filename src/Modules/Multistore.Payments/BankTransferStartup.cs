using Microsoft.Extensions.DependencyInjection;
using Multistore.Modules;
using Multistore.Payments.Recipes;
using Multistore.Payments.Services;
using Multistore.Payments.Settings;

namespace Multistore.Payments;

[FeatureStartup("Multistore.Payments.BankTransfer")]
public sealed class BankTransferStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddPaymentMethod<BankTransferSettings, BankTransferPaymentProvider, BankTransferRecipeSection>(BankTransferSettings.GroupName);
    }
}

using Microsoft.Extensions.DependencyInjection;
using Multistore.Data;
using Multistore.Modules;
using Multistore.Payments.Recipes;
using Multistore.Payments.Services;
using Multistore.Recipes;

namespace Multistore.Payments;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddModuleDbContext<PaymentsDbContext>("payments");
        services.AddScoped<PaymentLedger>();
        services.AddScoped<IPaymentLedger, PaymentLedgerEntries>();
        services.AddScoped<OfflinePaymentReceipts>();
        services.AddScoped<Multistore.Commerce.IOfflinePaymentReceipts>(sp => sp.GetRequiredService<OfflinePaymentReceipts>());
        services.AddRecipeStep<PaymentsRecipeStep>();
    }
}

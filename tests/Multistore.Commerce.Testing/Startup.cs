using Microsoft.Extensions.DependencyInjection;
using Multistore.Commerce;
using Multistore.Modules;

namespace Multistore.Commerce.Testing;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<IPaymentProvider, TestCardPaymentProvider>();
        services.AddSingleton<IPaymentProvider, TestBankTransferProvider>();
        services.AddSingleton<IShippingRateProvider, TestShippingRates>();
        services.AddSingleton<ITaxCalculator, TestTaxCalculator>();
    }
}

using Microsoft.Extensions.DependencyInjection;
using Multistore.Commerce;
using Multistore.Payments.Recipes;
using Multistore.Settings;

namespace Multistore.Payments;

public static class PaymentMethodServiceCollectionExtensions
{
    /// <summary>A payment method feature: its settings group, its provider and its section of the payments recipe step.</summary>
    public static IServiceCollection AddPaymentMethod<TSettings, TProvider, TRecipeSection>(this IServiceCollection services, string settingsGroup)
        where TSettings : class, new()
        where TProvider : class, IPaymentProvider
        where TRecipeSection : class, IPaymentRecipeSection
    {
        services.AddTenantSettings<TSettings>(settingsGroup);
        services.AddScoped<IPaymentProvider, TProvider>();
        services.AddScoped<IPaymentRecipeSection, TRecipeSection>();
        return services;
    }
}

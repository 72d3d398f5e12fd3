using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Commerce;
using Multistore.Data;
using Multistore.Modules;
using Multistore.Payments.Recipes;
using Multistore.Payments.Stripe.Endpoints;
using Multistore.Payments.Stripe.Recipes;
using Multistore.Payments.Stripe.Services;
using Multistore.Payments.Stripe.Settings;
using Multistore.Settings;

namespace Multistore.Payments.Stripe;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddModuleDbContext<StripeDbContext>("stripe");
        services.AddTenantSettings<StripeSettings>(StripeSettings.GroupName);
        services.AddSingleton<StripeHttp>();
        services.AddScoped<StripeSecretStore>();
        services.AddScoped<StripeClientFactory>();
        services.AddScoped<StripePaymentSync>();
        services.AddScoped<StripeEventLog>();
        services.AddScoped<StripeWebhookHandler>();
        services.AddScoped<StripeIntentActions>();
        services.AddScoped<StripeSetupFailures>();
        services.AddScoped<IPaymentProvider, StripePaymentProvider>();
        services.AddScoped<IPaymentRecipeSection, StripeRecipeSection>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapStripeWebhookEndpoints();
        endpoints.MapStripeIntentEndpoints();
    }
}

using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Background;
using Multistore.Checkout.Endpoints;
using Multistore.Checkout.Services;
using Multistore.Commerce;
using Multistore.Events;
using Multistore.Modules;
using Multistore.Orders.Services;
using Multistore.Settings;

namespace Multistore.Checkout;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddTenantSettings<CheckoutSettings>(CheckoutSettings.GroupName);
        services.AddScoped<CheckoutOptions>();
        services.AddScoped<CheckoutTotalsCalculator>();
        services.AddScoped<CheckoutReview>();
        services.AddScoped<CheckoutHolds>();
        services.AddScoped<OrderCompletion>();
        services.AddScoped<OrderSubmission>();
        services.AddScoped<PlaceOrderHandler>();
        services.AddScoped<ICheckoutService, CheckoutService>();
        services.AddScoped<IShippingDestinations, CheckoutDestinations>();
        services.AddBackgroundTask<UnpaidOrderSweeper>(UnpaidOrderSweeper.Schedule);
        services.AddScoped<IEventSubscriber<OrderPlaced>, UnpaidOrderNotice>();
        services.AddScoped<IEventSubscriber<PaymentStatusChanged>, UnpaidOrderNotice>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapCheckoutPages();
}

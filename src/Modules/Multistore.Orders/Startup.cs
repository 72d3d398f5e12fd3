using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Commerce;
using Multistore.Data;
using Multistore.Events;
using Multistore.Inventory.Services;
using Multistore.Modules;
using Multistore.Orders.Endpoints;
using Multistore.Orders.Mail;
using Multistore.Orders.Services;
using Multistore.Settings;

namespace Multistore.Orders;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddModuleDbContext<OrdersDbContext>("orders");
        services.AddTenantSettings<MailSettings>(MailSettings.GroupName);
        services.AddScoped<PaymentProviders>();
        services.AddScoped<BusinessStanding>();
        services.AddScoped<OrderLifecycle>();
        services.AddScoped<PaidAfterCancellation>();
        services.AddScoped<AbandonedPayments>();
        services.AddScoped<IAbandonedPayments>(provider => provider.GetRequiredService<AbandonedPayments>());
        services.AddScoped<OrderPaymentSwitch>();
        services.AddScoped<IOrderPaymentChoice>(provider => provider.GetRequiredService<OrderPaymentSwitch>());
        services.AddScoped<OrderPayments>();
        services.AddScoped<OrderRefunds>();
        services.AddScoped<OrderPlacement>();
        services.AddScoped<IOrderPlacement>(provider => provider.GetRequiredService<OrderPlacement>());
        services.AddScoped<IOrderQueries, OrderQueries>();
        services.AddScoped<IOrderBaskets, OrderBaskets>();
        services.AddScoped<MailSender>();
        services.AddScoped<OrderConfirmationReader>();
        services.AddScoped<OrderPageViews>();
        services.AddScoped<IEventSubscriber<PaymentStatusChanged>, PaymentStatusChangedSubscriber>();
        services.AddScoped<IEventSubscriber<StockReservationExpired>, ReservationExpiredSubscriber>();
        services.AddScoped<OrderConfirmationMailer>();
        services.AddScoped<IEventSubscriber<OrderPlaced>>(provider => provider.GetRequiredService<OrderConfirmationMailer>());
        services.AddScoped<IEventSubscriber<OrderPlaced>, OrderPlacedActivity>();
        services.AddScoped<IEventSubscriber<OrderPaymentMethodChanged>>(provider => provider.GetRequiredService<OrderConfirmationMailer>());
        services.AddScoped<IEventSubscriber<OrderStatusChanged>>(provider => provider.GetRequiredService<OrderConfirmationMailer>());
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapOrderPages();
}

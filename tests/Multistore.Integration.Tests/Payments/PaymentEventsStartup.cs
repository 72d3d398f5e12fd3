using Microsoft.Extensions.DependencyInjection;
using Multistore.Commerce;
using Multistore.Events;
using Multistore.Modules;

[assembly: Feature("Multistore.Tests.PaymentEvents", "Test payment events",
    Category = "Testing",
    Description = "Records every PaymentStatusChanged, so tests see what orders would be told.")]

namespace Multistore.Integration.Tests.Payments;

[FeatureStartup("Multistore.Tests.PaymentEvents")]
public sealed class PaymentEventsStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services) =>
        services.AddSingleton<IEventSubscriber<PaymentStatusChanged>, PaymentEventRecorder>();
}

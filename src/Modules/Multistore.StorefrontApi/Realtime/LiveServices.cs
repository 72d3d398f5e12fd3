using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Events;
using Multistore.Farm;
using Multistore.Pricing.Events;
using Multistore.Tenancy;
using StackExchange.Redis;

namespace Multistore.StorefrontApi.Realtime;

/// <summary>
/// SignalR in the tenant's own container. With <c>Multistore:Redis</c> configured the hub scales out over
/// Redis on a channel prefix of the tenant's own, so a node relays a store's messages only to that store.
/// </summary>
public static class LiveServices
{
    public static IServiceCollection AddStorefrontLive(this IServiceCollection services)
    {
        var signalR = services.AddSignalR(options => options.EnableDetailedErrors = false);
        var configuration = services.FirstOrDefault(d => d.ServiceType == typeof(IConfiguration))?.ImplementationInstance as IConfiguration;
        var tenant = services.LastOrDefault(d => d.ServiceType == typeof(TenantSettings))?.ImplementationInstance as TenantSettings;
        if (configuration?[FarmConfiguration.Redis] is { Length: > 0 } redis && tenant is not null)
        {
            signalR.AddStackExchangeRedis(redis, options =>
                options.Configuration.ChannelPrefix = RedisChannel.Literal($"multistore:{tenant.Name}:live"));
        }

        services.AddScoped<IEventSubscriber<PriceChanged>, PriceChangeBroadcaster>();
        return services;
    }
}

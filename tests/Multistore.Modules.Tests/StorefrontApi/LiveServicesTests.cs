using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.StackExchangeRedis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Multistore.StorefrontApi.Realtime;
using Multistore.Tenancy;

namespace Multistore.Modules.Tests.StorefrontApi;

public sealed class LiveServicesTests
{
    [Fact]
    public void RedisConfiguredScalesTheHubOutOnAChannelPrefixOfTheTenantsOwn()
    {
        using var provider = ShellServices("shop-a", "127.0.0.1:6379");

        Assert.IsType<RedisHubLifetimeManager<StorefrontHub>>(provider.GetRequiredService<HubLifetimeManager<StorefrontHub>>());
        Assert.Equal("multistore:shop-a:live", provider.GetRequiredService<IOptions<RedisOptions>>().Value.Configuration.ChannelPrefix.ToString());
    }

    [Fact]
    public void WithoutRedisTheHubStaysOnTheNode()
    {
        using var provider = ShellServices("shop-b", redis: null);

        Assert.IsType<DefaultHubLifetimeManager<StorefrontHub>>(provider.GetRequiredService<HubLifetimeManager<StorefrontHub>>());
    }

    private static ServiceProvider ShellServices(string tenant, string? redis)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(redis is null ? [] : [new KeyValuePair<string, string?>(Multistore.Farm.FarmConfiguration.Redis, redis)])
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton(new TenantSettings { Name = tenant });
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddStorefrontLive();
        return services.BuildServiceProvider();
    }
}

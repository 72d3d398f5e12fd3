using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Events;
using Multistore.Integration.Tests.Fixtures;
using Multistore.StorefrontApi.Realtime;

namespace Multistore.Integration.Tests.StorefrontApi;

public sealed class LiveUpdatesTests
{
    private static readonly MultistoreFactory Factory = MultistoreFactory.Shared;

    [Fact]
    public async Task StockChangeReachesTheSameStoresWatchersWithinASecondAndNoOtherStore()
    {
        var store = await ApiStore.CreateAsync(Factory, features: ", \"Multistore.Inventory\"");
        var otherStore = await ApiStore.CreateAsync(Factory, features: ", \"Multistore.Inventory\"");
        await using var watcher = await ConnectAsync(store);
        await using var otherWatcher = await ConnectAsync(otherStore);
        var received = new TaskCompletionSource<StockMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        var leaked = new TaskCompletionSource<StockMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        watcher.On<StockMessage>("stockChanged", m => received.TrySetResult(m));
        otherWatcher.On<StockMessage>("stockChanged", m => leaked.TrySetResult(m));
        await watcher.InvokeAsync("WatchProducts", new[] { "LAMP-1" });
        await otherWatcher.InvokeAsync("WatchProducts", new[] { "LAMP-1" });

        var shell = await ApiStore.ShellAsync(Factory, store);
        var started = System.Diagnostics.Stopwatch.StartNew();
        await using (var scope = shell.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IEventPublisher>().PublishAsync(new Multistore.Inventory.Services.StockChanged("LAMP-1", 0));
        }

        var message = await received.Task.WaitAsync(TimeSpan.FromSeconds(1));
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(1));
        Assert.Equal("LAMP-1", message.Sku);
        Assert.False(message.InStock);
        await Task.Delay(300);
        Assert.False(leaked.Task.IsCompleted, "A connection to another store received this store's stock change.");
    }

    [Fact]
    public async Task PriceChangeReachesOnlyWatchersOfThatSku()
    {
        var store = await ApiStore.CreateAsync(Factory);
        await using var lampWatcher = await ConnectAsync(store);
        await using var chairWatcher = await ConnectAsync(store);
        var lamp = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var chair = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lampWatcher.On<PriceMessage>("priceChanged", m => lamp.TrySetResult($"{m.Sku} {m.Price.Amount} {m.Price.Currency}"));
        chairWatcher.On<PriceMessage>("priceChanged", m => chair.TrySetResult(m.Sku));
        await lampWatcher.InvokeAsync("WatchProducts", new[] { "lamp-1" });
        await chairWatcher.InvokeAsync("WatchProducts", new[] { "CHAIR-1" });

        var shell = await ApiStore.ShellAsync(Factory, store);
        await using (var scope = shell.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IEventPublisher>().PublishAsync(
                new PriceChanged("LAMP-1", new Commerce.Money(9.99m, "EUR"), null));
        }

        Assert.Equal("LAMP-1 9.99 EUR", await lamp.Task.WaitAsync(TimeSpan.FromSeconds(1)));
        await Task.Delay(300);
        Assert.False(chair.Task.IsCompleted);
    }

    private static async Task<HubConnection> ConnectAsync(TestTenant tenant)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(tenant.BaseAddress, "api/storefront/v1/live"), options =>
            {
                options.Transports = HttpTransportType.LongPolling;
                options.HttpMessageHandlerFactory = _ => Factory.Server.CreateHandler();
            })
            .Build();
        await connection.StartAsync();
        return connection;
    }

    private sealed record StockMessage(string Sku, int Available, bool InStock);

    private sealed record PriceMessage(string Sku, Commerce.Money Price);
}

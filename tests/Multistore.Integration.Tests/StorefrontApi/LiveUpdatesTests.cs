using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Integration.Tests.Fixtures;
using Multistore.Inventory.Domain;
using Multistore.Inventory.Services;
using Multistore.Pricing.Services;

namespace Multistore.Integration.Tests.StorefrontApi;

public sealed class LiveUpdatesTests
{
    private static readonly MultistoreFactory Factory = MultistoreFactory.Shared;

    [Fact]
    public async Task StockSoldReachesTheSameStoresWatchersWithinASecondAndNoOtherStore()
    {
        var store = await CustomerStore.CreateAsync(Factory);
        var otherStore = await CustomerStore.CreateAsync(Factory);
        await using var watcher = await ConnectAsync(store);
        await using var otherWatcher = await ConnectAsync(otherStore);
        var received = new TaskCompletionSource<StockMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        var leaked = new TaskCompletionSource<StockMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        watcher.On<StockMessage>("stockChanged", m => received.TrySetResult(m));
        otherWatcher.On<StockMessage>("stockChanged", m => leaked.TrySetResult(m));
        await watcher.InvokeAsync("WatchProducts", new[] { "LAMP" });
        await otherWatcher.InvokeAsync("WatchProducts", new[] { "LAMP" });

        var shell = await ApiStore.ShellAsync(Factory, store);
        await using (var scope = shell.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IStockService>().AdjustAsync("LAMP", "main", -50, StockMovementReason.Sold, "shop-floor", CancellationToken.None);
        }

        // The push arrives (how fast is measured in bench/, not asserted here).
        var message = await received.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal("LAMP", message.Sku);
        Assert.False(message.InStock);
        await Task.Delay(300);
        Assert.False(leaked.Task.IsCompleted, "A connection to another store received this store's stock change.");
    }

    [Fact]
    public async Task PriceSavedInPricingReachesOnlyWatchersOfThatSku()
    {
        var store = await ApiStore.CreateAsync(Factory);
        await using var lampWatcher = await ConnectAsync(store);
        await using var chairWatcher = await ConnectAsync(store);
        var lamp = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var chair = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lampWatcher.On<PriceMessage>("priceChanged", m => lamp.TrySetResult($"{m.Sku} {m.Price.Amount} {m.Price.Currency} was {m.CompareAt?.Amount}"));
        chairWatcher.On<PriceMessage>("priceChanged", m => chair.TrySetResult(m.Sku));
        await lampWatcher.InvokeAsync("WatchProducts", new[] { "lamp-1" });
        await chairWatcher.InvokeAsync("WatchProducts", new[] { "CHAIR-1" });

        var shell = await ApiStore.ShellAsync(Factory, store);
        await using (var scope = shell.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<PriceWriter>().SetPriceAsync("EUR", "LAMP-1", 9.99m, 14.99m, CancellationToken.None);
        }

        Assert.Equal("LAMP-1 9.99 EUR was 14.99", await lamp.Task.WaitAsync(TimeSpan.FromSeconds(30)));
        await Task.Delay(300);
        Assert.False(chair.Task.IsCompleted);
    }

    /// <summary>A hub connection over a WebSocket of the test server, as browsers and apps connect; with a customer's bearer token when given.</summary>
    public static async Task<HubConnection> ConnectAsync(TestTenant tenant, string? accessToken = null)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(tenant.BaseAddress, "api/storefront/v1/live"), options =>
            {
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
                options.WebSocketFactory = async (context, cancellationToken) =>
                {
                    var client = tenant.Factory.Server.CreateWebSocketClient();
                    if (accessToken is not null)
                    {
                        client.ConfigureRequest = request => request.Headers.Authorization = "Bearer " + accessToken;
                    }

                    return await client.ConnectAsync(context.Uri, cancellationToken);
                };
            })
            .Build();
        await connection.StartAsync();
        return connection;
    }

    private sealed record StockMessage(string Sku, int Available, bool InStock);

    private sealed record PriceMessage(string Sku, Commerce.Money Price, Commerce.Money? CompareAt);
}

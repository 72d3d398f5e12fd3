using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Xunit.Abstractions;

namespace Multistore.Farm.Tests;

/// <summary>
/// Redis, the live updates' backplane, restarted while the farm runs: once it is back, a price saved on node A reaches a
/// shopper whose live connection is held by node B.
/// </summary>
[Collection(FarmSuite.Name)]
public sealed class RedisRestartTests(Farm farm, ITestOutputHelper output)
{
    [Fact]
    public Task APricePushOnOneNodeReachesAShopperOnTheOtherAfterRedisRestarted() => farm.ReportingAsync(output, async () =>
    {
        var store = await FarmStore.CreateAsync(farm, farm.Balancer);
        await store.ServedAtAsync(farm.A.Address, "node A");
        await store.ServedAtAsync(farm.B.Address, "node B");

        farm.Redis.Stop();
        await farm.Redis.StartAsync();

        var pushed = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        HubConnection? connected = null;
        await Farm.ArrivesAsync("A live connection to node B watching the lamp", async () =>
        {
            // Node B joins the watch group through Redis: until it has reconnected, joining fails and the shopper's
            // page would connect again, as this does.
            var connection = LiveConnection(store);
            connection.On<PriceMessage>("priceChanged", m => pushed.TrySetResult(FormattableString.Invariant($"{m.Sku} {m.Price.Amount:0.00} {m.Price.Currency}")));
            try
            {
                await connection.StartAsync();
                await connection.InvokeAsync("WatchProducts", new[] { FarmStore.Sku });
                connected = connection;
                return (true, "watching");
            }
            catch (Exception exception) when (exception is HubException or HttpRequestException or InvalidOperationException)
            {
                await connection.DisposeAsync();
                return (false, exception.Message);
            }
        });
        await using var watcherOnB = connected!;

        // The nodes reconnect to Redis on their own schedule; a push made before node A has is lost (pushes are live, not
        // queued), so the administrator saves again until one arrives.
        using var admin = await StoreAdmin.SignInAsync(store, farm.A.Address);
        var price = 19.00m;
        await Farm.ArrivesAsync("A price push from node A at node B", async () =>
        {
            price += 0.01m;
            await admin.SetLampPriceAsync(price);
            var arrived = await Task.WhenAny(pushed.Task, Task.Delay(TimeSpan.FromSeconds(3)));
            return (arrived == pushed.Task, pushed.Task.IsCompleted ? pushed.Task.Result : "no push yet");
        });

        Assert.Matches(@"^LAMP 19\.\d\d EUR$", await pushed.Task);
    });

    private HubConnection LiveConnection(FarmStore store) => new HubConnectionBuilder()
        .WithUrl(new Uri(farm.B.Address, "api/storefront/v1/live"), options =>
        {
            // Long polling is plain HTTP, so the store's host name goes in the Host header like every other request.
            options.Transports = HttpTransportType.LongPolling;
            options.Headers["Host"] = store.Host;
        })
        .Build();

    private sealed record PriceMessage(string Sku, Money Price);

    private sealed record Money(decimal Amount, string Currency);
}

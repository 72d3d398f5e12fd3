using System.Net;
using Xunit.Abstractions;

namespace Multistore.Farm.Tests;

/// <summary>
/// A node killed (<c>kill -9</c>) while shoppers buy: the cart and the checkout live in the database, HAProxy sends the
/// next requests to the node still standing, and an idempotency key never makes a second order.
/// </summary>
[Collection(FarmSuite.Name)]
public sealed class NodeKilledCheckoutTests(Farm farm, ITestOutputHelper output)
{
    [Fact]
    public Task ACartAndItsCheckoutSurviveANodeBeingKilled() => farm.ReportingAsync(output, async () =>
    {
        var (store, shopper) = await ShopperOfNewStoreAsync();
        var cart = await shopper.CartWithLampsAsync(farm.Balancer, 2);
        try
        {
            farm.A.Kill();

            Assert.Equal(2, await shopper.ItemCountAsync(farm.Balancer, cart));
            var placed = await shopper.CheckoutAsync(farm.Balancer, cart, "checkout-1");
            using var order = await Shopper.JsonOf(placed, HttpStatusCode.Created);
            var number = order.RootElement.GetProperty("number").GetString();
            using var again = await Shopper.JsonOf(await shopper.CheckoutAsync(farm.Balancer, cart, "checkout-1"), HttpStatusCode.OK);

            Assert.Equal(number, again.RootElement.GetProperty("number").GetString());
            Assert.Equal([number!], await shopper.OrdersAsync(farm.Balancer));
            Assert.Equal(FarmStore.Stock - 2, await Shopper.StockAsync(store, farm.Balancer));
        }
        finally
        {
            await farm.A.RestartAsync();
        }
    });

    [Fact]
    public Task ACheckoutWhoseNodeIsKilledDuringTheRequestMakesOneOrderWhenRetried() => farm.ReportingAsync(output, async () =>
    {
        var (store, shopper) = await ShopperOfNewStoreAsync();
        var cart = await shopper.CartWithLampsAsync(farm.Balancer, 2);
        try
        {
            // The checkout goes to node A, which is killed as soon as the whole request is written to it: it dies while
            // placing the order (or, on a slow machine, before it read the request, or after it placed the order).
            // Whichever it was, the shopper's retry with the same key through HAProxy ends with one order and the stock
            // taken once.
            var sent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var onA = shopper.CheckoutAsync(farm.A.Address, cart, "checkout-killed", sent);
            await Task.WhenAny(sent.Task, onA);
            farm.A.Kill();
            try
            {
                using var answer = await onA;
                output.WriteLine($"Node A answered {(int)answer.StatusCode} before it died.");
            }
            catch (HttpRequestException exception)
            {
                // The connection died with the node: the shopper never saw an answer.
                output.WriteLine($"Node A died before it answered: {exception.Message}");
            }

            var retried = await shopper.CheckoutAsync(farm.Balancer, cart, "checkout-killed");
            output.WriteLine($"The retry through HAProxy answered {(int)retried.StatusCode}.");
            using var order = await Shopper.JsonOf(retried, HttpStatusCode.Created, HttpStatusCode.OK);
            var number = order.RootElement.GetProperty("number").GetString();

            Assert.Equal([number!], await shopper.OrdersAsync(farm.Balancer));
            Assert.Equal(FarmStore.Stock - 2, await Shopper.StockAsync(store, farm.Balancer));
        }
        finally
        {
            await farm.A.RestartAsync();
        }
    });

    private async Task<(FarmStore Store, Shopper Shopper)> ShopperOfNewStoreAsync()
    {
        var store = await FarmStore.CreateAsync(farm, farm.Balancer);
        await store.ServedAtAsync(farm.A.Address, "node A");
        await store.ServedAtAsync(farm.B.Address, "node B");
        return (store, await Shopper.SignUpAsync(store, farm.Balancer));
    }
}

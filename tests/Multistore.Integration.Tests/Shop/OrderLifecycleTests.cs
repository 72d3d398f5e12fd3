using Microsoft.Extensions.DependencyInjection;
using Multistore.Commerce;
using Multistore.Commerce.Testing;
using Multistore.Events;
using Multistore.Inventory.Services;
using Multistore.Orders.Domain;
using Multistore.Orders.Services;

namespace Multistore.Integration.Tests.Shop;

[Collection(CommerceStore.Collection)]
public sealed class OrderLifecycleTests
{
    private static async Task<OrderView> PaidOrderAsync(CommerceStore store, string email = "erika@example.com")
    {
        var cart = await store.CartWithAsync(("CHAIR", 1));
        var placed = await store.PlaceAsync(CommerceStore.Checkout(cart.Id, "life-" + Guid.NewGuid(), email));
        return (await store.WithAsync(s => s.GetRequiredService<IOrderQueries>().GetAsync(placed.Number, CancellationToken.None)))!;
    }

    private static Task<OrderView?> ReloadAsync(CommerceStore store, OrderView order) =>
        store.WithAsync(s => s.GetRequiredService<IOrderQueries>().GetAsync(order.Number, CancellationToken.None));

    [Fact]
    public async Task RecordsEveryTransitionWithWhoAndWhen()
    {
        var store = await CommerceStore.CreateAsync();
        var order = await PaidOrderAsync(store);

        foreach (var status in new[] { OrderStatus.Processing, OrderStatus.Shipped, OrderStatus.Delivered })
        {
            await store.WithAsync(s => s.GetRequiredService<OrderLifecycle>().ChangeStatusAsync(order.Id, status, "anna@staff", null, CancellationToken.None));
        }

        var refused = await Assert.ThrowsAsync<OrderTransitionException>(() =>
            store.WithAsync(s => s.GetRequiredService<OrderLifecycle>().ChangeStatusAsync(order.Id, OrderStatus.Cancelled, "anna@staff", null, CancellationToken.None)));
        var history = (await ReloadAsync(store, order))!.History;

        Assert.Equal(["Pending", "Paid", "Processing", "Shipped", "Delivered"], history.Select(h => h.To));
        Assert.Equal("anna@staff", history[^1].By);
        Assert.Equal("payment:test-card", history[1].By);
        Assert.Contains("Delivered and cannot become Cancelled", refused.Message);
    }

    [Fact]
    public async Task PartialThenFullRefundGoesThroughTheProvider()
    {
        var store = await CommerceStore.CreateAsync();
        var order = await PaidOrderAsync(store);

        var partial = await store.WithAsync(s => s.GetRequiredService<OrderRefunds>().RefundAsync(order.Id, 20m, "Scratched", "anna@staff", CancellationToken.None));
        var afterPartial = await ReloadAsync(store, order);
        var tooMuch = await Assert.ThrowsAsync<OrderTransitionException>(() =>
            store.WithAsync(s => s.GetRequiredService<OrderRefunds>().RefundAsync(order.Id, 1000m, "All", "anna@staff", CancellationToken.None)));
        var rest = await store.WithAsync(s => s.GetRequiredService<OrderRefunds>().RefundAsync(order.Id, null, "Returned", "anna@staff", CancellationToken.None));
        var afterFull = await ReloadAsync(store, order);

        Assert.Equal("PartiallyRefunded", afterPartial!.Status);
        Assert.Equal("amount", tooMuch.Field);
        Assert.Equal("Refunded", afterFull!.Status);
        Assert.Equal(order.Totals.Grand, afterFull.Totals.Refunded);
        Assert.Equal(20m, ChargeLedger.Refunded[$"refund-{partial!.Id:N}"]);
        Assert.Equal(order.Totals.Grand.Amount - 20m, ChargeLedger.Refunded[$"refund-{rest!.Id:N}"]);
        // Money back is not goods back: after a partial refund the goods may be with the shopper, so stock stays.
        Assert.Equal(4, (await store.WithAsync(s => s.GetRequiredService<IStockService>().GetAvailableAsync(["CHAIR"], CancellationToken.None)))["CHAIR"]);
    }

    [Fact]
    public async Task PaymentEventsApplyOnceAndLateOnesChangeNothing()
    {
        var store = await CommerceStore.CreateAsync();
        var order = await PaidOrderAsync(store, "3ds@example.com");
        var reference = "pi_" + $"order-{order.Id:N}-payment";
        Task Publish(PaymentStatus status, string eventId) => store.WithAsync(async s =>
        {
            await s.GetRequiredService<IEventPublisher>().PublishAsync(new PaymentStatusChanged(order.Id, "test-card", reference, status, order.Totals.Grand, eventId));
            return true;
        });

        Assert.Equal("Pending", order.Status);
        await Publish(PaymentStatus.Succeeded, "evt_2");
        await Publish(PaymentStatus.Succeeded, "evt_2");
        await Publish(PaymentStatus.Pending, "evt_1");
        await Publish(PaymentStatus.Failed, "evt_3");
        var after = await ReloadAsync(store, order);

        Assert.Equal("Paid", after!.Status);
        Assert.Equal("Succeeded", after.Payment!.Status);
        Assert.Single(after.History, h => h.To == "Paid");
    }

    [Fact]
    public async Task PaymentSucceedingAfterAFailureFindsItsItemsStillHeld()
    {
        var store = await CommerceStore.CreateAsync();
        var order = await PaidOrderAsync(store, "decline@example.com");
        var afterFailure = await AvailableChairsAsync(store);

        await PublishAsync(store, order, PaymentStatus.Succeeded, "evt_late_success");
        var after = await ReloadAsync(store, order);

        Assert.Equal("PaymentFailed", order.Status);
        Assert.Equal(4, afterFailure);
        Assert.Equal("Paid", after!.Status);
        Assert.Equal(4, await AvailableChairsAsync(store));
        Assert.DoesNotContain(after.Notes, n => n.Text.StartsWith(PaidAfterCancellation.NeedsAttention, StringComparison.Ordinal));
    }

    [Fact]
    public async Task PaymentArrivingAfterTheUnpaidOrderWasCancelledSaysTheOrderNeedsAttention()
    {
        var store = await CommerceStore.CreateAsync();
        var order = await PaidOrderAsync(store, "decline@example.com");
        var cancelled = await store.WithAsync(s => s.GetRequiredService<Checkout.Services.UnpaidOrderSweeper>().SweepAsync(DateTime.UtcNow.AddHours(1), CancellationToken.None));
        var cart = await store.CartWithAsync(("CHAIR", 5));
        await store.PlaceAsync(CommerceStore.Checkout(cart.Id, "rest-" + Guid.NewGuid()));

        await PublishAsync(store, order, PaymentStatus.Succeeded, "evt_late_success");
        var after = await ReloadAsync(store, order);

        Assert.Contains(order.Number, cancelled);
        Assert.Equal("Cancelled", after!.Status);
        Assert.Equal(0, await AvailableChairsAsync(store));
        Assert.Contains(after.Notes, n => n.Text.StartsWith(PaidAfterCancellation.NeedsAttention, StringComparison.Ordinal) && n.Text.Contains("after the order was cancelled", StringComparison.Ordinal));
    }

    private static Task<int> AvailableChairsAsync(CommerceStore store) =>
        store.WithAsync(async s => (await s.GetRequiredService<IStockService>().GetAvailableAsync(["CHAIR"], CancellationToken.None))["CHAIR"]);

    private static Task<bool> PublishAsync(CommerceStore store, OrderView order, PaymentStatus status, string eventId) => store.WithAsync(async s =>
    {
        await s.GetRequiredService<IEventPublisher>().PublishAsync(new PaymentStatusChanged(order.Id, "test-card", "pi_" + $"order-{order.Id:N}-payment", status, order.Totals.Grand, eventId));
        return true;
    });
}

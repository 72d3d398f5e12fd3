using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Multistore.Checkout.Services;
using Multistore.Commerce;
using Multistore.Commerce.Testing;
using Multistore.Inventory.Services;
using Multistore.Orders.Mail;
using Multistore.Orders.Services;

namespace Multistore.Integration.Tests.Shop;

[Collection(CommerceStore.Collection)]
public sealed class CheckoutTests
{
    [Fact]
    public async Task PlacesAPaidOrderWithDiscountShippingAndIncludedTax()
    {
        var store = await CommerceStore.CreateAsync();
        var cart = await store.CartWithAsync(("LAMP", 1));
        await store.WithAsync(s => s.GetRequiredService<Cart.Services.ICartService>().ApplyCouponAsync(cart.Id, "TEN", Touchpoints.Web, CancellationToken.None));

        var placed = await store.PlaceAsync(CommerceStore.Checkout(cart.Id, "first-" + Guid.NewGuid()));
        var order = await store.WithAsync(s => s.GetRequiredService<IOrderQueries>().FindByNumberAsync(placed.Number, placed.OrderToken, CancellationToken.None));

        Assert.Equal("Paid", placed.Status);
        Assert.Equal(new Money(49.81m, "EUR"), placed.Total);
        Assert.Equal(new Money(4.99m, "EUR"), order!.Totals.Discount);
        Assert.Equal(new Money(4.90m, "EUR"), order.Totals.Shipping);
        Assert.True(order.Totals.TaxIncluded);
        Assert.Equal(new Money(7.95m, "EUR"), order.Totals.Tax);
        Assert.Equal(["Pending", "Paid"], order.History.Select(h => h.To));
        Assert.Null(await store.WithAsync(s => s.GetRequiredService<IOrderQueries>().FindByNumberAsync(placed.Number, "wrong", CancellationToken.None)));
        Assert.Null(await store.WithAsync(s => s.GetRequiredService<Cart.Services.ICartService>().GetAsync(cart.Id, CancellationToken.None)));
    }

    [Fact]
    public async Task SameIdempotencyKeyReturnsTheSameOrderAndNeverChargesTwice()
    {
        var store = await CommerceStore.CreateAsync();
        var cart = await store.CartWithAsync(("LAMP", 2));
        var request = CommerceStore.Checkout(cart.Id, "twice-" + Guid.NewGuid());

        var concurrent = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(async () =>
        {
            try
            {
                return await store.PlaceAsync(request);
            }
            catch (CheckoutValidationException)
            {
                return null;
            }
        })));
        var later = await store.PlaceAsync(request);

        Assert.True(later.Replayed);
        Assert.All(concurrent.OfType<PlaceOrderResult>(), r => Assert.Equal(later.Number, r.Number));
        var orders = await store.WithAsync(s => s.GetRequiredService<IOrderQueries>().ListAsync(null, 0, 10, CancellationToken.None));
        Assert.Single(orders);
        var paymentKey = Assert.Single(ChargeLedger.StartCalls.Keys, k => k.Contains(orders[0].Id.ToString("N"), StringComparison.Ordinal));
        Assert.Equal(1, ChargeLedger.StartCalls[paymentKey]);
        Assert.Equal(98, (await store.WithAsync(s => s.GetRequiredService<IStockService>().GetAvailableAsync(["LAMP"], CancellationToken.None)))["LAMP"]);
    }

    [Fact]
    public async Task ARetryWhileThePaymentIsBeingStartedReportsItInFlightAndNeverCallsTheGatewayAlongside()
    {
        var store = await CommerceStore.CreateAsync();
        var cart = await store.CartWithAsync(("LAMP", 1));
        var request = CommerceStore.Checkout(cart.Id, "inflight-" + Guid.NewGuid(), $"hold-{Guid.NewGuid():N}@example.com");
        var gateway = ChargeLedger.Hold(request.Email);

        var first = Task.Run(() => store.PlaceAsync(request));
        var paymentKey = await gateway.Arrived.Task;
        var retry = await store.PlaceAsync(request);
        gateway.Release.SetResult();
        var placed = await first;
        var later = await store.PlaceAsync(request);

        Assert.True(retry.Replayed);
        Assert.Equal(placed.Number, retry.Number);
        Assert.Equal("Pending", retry.Status);
        Assert.Equal("Paid", placed.Status);
        Assert.Equal("Paid", later.Status);
        Assert.Equal(1, ChargeLedger.StartCalls[paymentKey]);
    }

    [Fact]
    public async Task AStartThatCrashedIsTakenOverByOneRetryOnceItsClaimHasLapsed()
    {
        var store = await CommerceStore.CreateAsync();
        var cart = await store.CartWithAsync(("LAMP", 1));
        var request = CommerceStore.Checkout(cart.Id, "crashed-" + Guid.NewGuid(), $"hold-{Guid.NewGuid():N}@example.com");
        var gateway = ChargeLedger.Hold(request.Email);
        var abandoned = Task.Run(() => store.PlaceAsync(request));
        var paymentKey = await gateway.Arrived.Task;

        // The first call does not answer (its node went away): age its claim past the lifetime.
        await store.WithAsync(services => services.GetRequiredService<Orders.OrdersDbContext>().Payments
            .Where(p => p.IdempotencyKey == paymentKey)
            .ExecuteUpdateAsync(set => set.SetProperty(p => p.UpdatedUtc, DateTime.UtcNow - OrderPayments.ClaimLifetime - TimeSpan.FromMinutes(1))));
        var retries = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => store.PlaceAsync(request))));
        gateway.Release.SetResult();
        await abandoned;
        var later = await store.PlaceAsync(request);

        Assert.Equal(2, ChargeLedger.StartCalls[paymentKey]);
        Assert.All(retries, r => Assert.True(r.Replayed && r.Status is "Paid" or "Pending"));
        Assert.Contains(retries, r => r.Status == "Paid");
        Assert.Equal("Paid", later.Status);
    }

    [Fact]
    public async Task DeclinedPaymentFailsTheOrderAndHoldsItsStockUntilTheCheckoutHoldEnds()
    {
        var store = await CommerceStore.CreateAsync();
        var cart = await store.CartWithAsync(("CHAIR", 2));

        var placed = await store.PlaceAsync(CommerceStore.Checkout(cart.Id, "declined-" + Guid.NewGuid(), "decline@example.com"));
        var heldAfterDecline = await AvailableChairsAsync(store);
        var withinHold = await store.WithAsync(s => s.GetRequiredService<UnpaidOrderSweeper>().SweepAsync(DateTime.UtcNow.AddMinutes(10), CancellationToken.None));
        var afterHold = await store.WithAsync(s => s.GetRequiredService<UnpaidOrderSweeper>().SweepAsync(DateTime.UtcNow.AddMinutes(16), CancellationToken.None));
        var order = await store.WithAsync(s => s.GetRequiredService<IOrderQueries>().GetAsync(placed.Number, CancellationToken.None));

        Assert.Equal("PaymentFailed", placed.Status);
        Assert.Equal("Your card was declined.", placed.Payment.Error);
        Assert.Equal(3, heldAfterDecline);
        Assert.DoesNotContain(placed.Number, withinHold);
        Assert.Contains(placed.Number, afterHold);
        Assert.Equal("Cancelled", order!.Status);
        Assert.Equal(5, await AvailableChairsAsync(store));
    }

    private static Task<int> AvailableChairsAsync(CommerceStore store) =>
        store.WithAsync(async s => (await s.GetRequiredService<IStockService>().GetAvailableAsync(["CHAIR"], CancellationToken.None))["CHAIR"]);

    [Fact]
    public async Task BankTransferWaitsWithInstructionsAndAddsItsFee()
    {
        var store = await CommerceStore.CreateAsync();
        var cart = await store.CartWithAsync(("CHAIR", 1));

        var placed = await store.PlaceAsync(CommerceStore.Checkout(cart.Id, "transfer-" + Guid.NewGuid(), payment: "test-transfer"));

        Assert.Equal("Pending", placed.Status);
        Assert.Equal(new Money(121.50m, "EUR"), placed.Total);
        Assert.Equal(placed.Number, placed.Payment.NextAction["reference"]);
    }

    [Fact]
    public async Task RejectsBadCheckoutInputNamingTheField()
    {
        var store = await CommerceStore.CreateAsync();
        var cart = await store.CartWithAsync(("LAMP", 1));
        var good = CommerceStore.Checkout(cart.Id, "bad-" + Guid.NewGuid());

        async Task<string> FieldOf(PlaceOrderRequest request) =>
            (await Assert.ThrowsAsync<CheckoutValidationException>(() => store.PlaceAsync(request))).Field;

        Assert.Equal("email", await FieldOf(good with { Email = "not-an-address" }));
        Assert.Equal("shippingAddress.postalCode", await FieldOf(good with { ShippingAddress = CommerceStore.Berlin with { PostalCode = "ABC" } }));
        Assert.Equal("shippingAddress.country", await FieldOf(good with { ShippingAddress = CommerceStore.Berlin with { Country = "US" } }));
        Assert.Equal("shippingMethod", await FieldOf(good with { ShippingMethod = "drone" }));
        Assert.Equal("paymentMethod", await FieldOf(good with { PaymentMethod = "barter" }));
        Assert.Empty(await store.WithAsync(s => s.GetRequiredService<IOrderQueries>().ListAsync(null, 0, 10, CancellationToken.None)));
    }

    [Fact]
    public async Task CrashBeforePaymentIsCancelledWhenTheHoldExpires()
    {
        var store = await CommerceStore.CreateAsync();
        var cart = await store.CartWithAsync(("CHAIR", 2));
        var key = "crash-" + Guid.NewGuid();
        await SimulateCrashAfterOrderWrittenAsync(store, cart.Id, key);

        await store.WithAsync(async s =>
        {
            await s.GetRequiredService<ReservationSweeper>().SweepAsync(DateTime.UtcNow.AddHours(1), CancellationToken.None);
            return true;
        });

        var orders = await store.WithAsync(s => s.GetRequiredService<IOrderQueries>().ListAsync(null, 0, 10, CancellationToken.None));
        Assert.Equal("Cancelled", Assert.Single(orders).Status);
        Assert.Equal(5, (await store.WithAsync(s => s.GetRequiredService<IStockService>().GetAvailableAsync(["CHAIR"], CancellationToken.None)))["CHAIR"]);
    }

    [Fact]
    public async Task CrashBeforePaymentCompletesWhenTheCheckoutIsRetried()
    {
        var store = await CommerceStore.CreateAsync();
        var cart = await store.CartWithAsync(("CHAIR", 2));
        var key = "resume-" + Guid.NewGuid();
        var written = await SimulateCrashAfterOrderWrittenAsync(store, cart.Id, key);

        var retried = await store.PlaceAsync(CommerceStore.Checkout(cart.Id, key));

        Assert.Equal(written, retried.Number);
        Assert.Equal("Paid", retried.Status);
        Assert.Equal(3, (await store.WithAsync(s => s.GetRequiredService<IStockService>().GetAvailableAsync(["CHAIR"], CancellationToken.None)))["CHAIR"]);
    }

    [Fact]
    public async Task WritesTheConfirmationInTheShoppersCultureToThePickupFolder()
    {
        var store = await CommerceStore.CreateAsync();
        var cart = await store.CartWithAsync(("LAMP", 1));

        var placed = await store.PlaceAsync(CommerceStore.Checkout(cart.Id, "mail-" + Guid.NewGuid()));
        var folder = await store.WithAsync(s => Task.FromResult(s.GetRequiredService<MailSender>().PickupFolder));

        var mail = await File.ReadAllTextAsync(Assert.Single(Directory.GetFiles(folder, "*.eml")));
        Assert.Contains($"Ihre Bestellung {placed.Number}", mail);
        Assert.Contains("Vielen Dank", mail);
    }

    /// <summary>Runs placement up to the written order and stops, as a process dying before payment would.</summary>
    private static Task<string> SimulateCrashAfterOrderWrittenAsync(CommerceStore store, Guid cartId, string key) => store.WithAsync(async s =>
    {
        var request = CommerceStore.Checkout(cartId, key);
        var quote = await s.GetRequiredService<CheckoutReview>().ReviewAsync(request, CancellationToken.None);
        var scoped = CheckoutFingerprint.ScopedKey(cartId, key);
        var reference = OrderSubmission.ReservationReference(scoped);
        await s.GetRequiredService<IStockReservations>().ReserveAsync(reference, [.. quote!.Cart.Lines.Select(l => new ReservationRequest(l.Sku, l.Quantity))], DateTime.UtcNow.AddMinutes(15), CancellationToken.None);
        var order = new Orders.Domain.Order
        {
            IdempotencyKey = scoped, RequestFingerprint = CheckoutFingerprint.Of(request), Email = request.Email, Currency = "EUR", Culture = "de-DE", Touchpoint = Touchpoints.Web,
            PaymentMethodCode = "test-card", ShippingMethodCode = "standard", GrandTotal = quote.Totals.Grand.Amount, ReservationReference = reference,
        };
        var (saved, _) = await s.GetRequiredService<OrderPlacement>().CreateAsync(order, "shopper", CancellationToken.None);
        return saved.Number;
    });
}

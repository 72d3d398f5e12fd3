using Microsoft.Extensions.DependencyInjection;
using Multistore.Cart.Services;
using Multistore.Commerce;
using Multistore.Events;
using Multistore.Orders.Services;
using Multistore.Promotions;
using Multistore.Promotions.Services;

namespace Multistore.Integration.Tests.Shop;

[Collection(CommerceStore.Collection)]
public sealed class CouponTests
{
    private static Task<CartView?> ApplyAsync(CommerceStore store, Guid cart, string code) =>
        store.WithAsync(s => s.GetRequiredService<ICartService>().ApplyCouponAsync(cart, code, Touchpoints.Web, CancellationToken.None));

    [Fact]
    public async Task PercentageAndFixedCouponsLowerTheTotal()
    {
        var store = await CommerceStore.CreateAsync();
        var first = await store.CartWithAsync(("LAMP", 1));
        var second = await store.CartWithAsync(("LAMP", 2));

        var percent = await ApplyAsync(store, first.Id, "ten");
        var fixedOff = await ApplyAsync(store, second.Id, "FIVEOFF");

        Assert.Equal(new Money(4.99m, "EUR"), percent!.Discount);
        Assert.Equal(new Money(44.91m, "EUR"), percent.Total);
        Assert.Equal(new Money(94.80m, "EUR"), fixedOff!.Total);
    }

    [Theory]
    [InlineData("FIVEOFF", "at least 50,00")]
    [InlineData("OLD", "expired")]
    [InlineData("FUTURE", "valid from")]
    [InlineData("NOSUCH", "not valid")]
    public async Task RefusesACouponThatDoesNotApplyAndSaysWhy(string code, string expected)
    {
        var store = await CommerceStore.CreateAsync();
        var cart = await store.CartWithAsync(("RARE", 1));

        var refused = await Assert.ThrowsAsync<CartValidationException>(() => ApplyAsync(store, cart.Id, code));

        Assert.Equal("couponCode", refused.Field);
        Assert.Contains(expected, refused.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task UsageLimitHoldsUnderConcurrentRedemptions()
    {
        var store = await CommerceStore.CreateAsync();
        var subtotal = new Money(50m, "EUR");

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => Task.Run(() => store.WithAsync(s =>
            s.GetRequiredService<ICouponService>().RedeemAsync("THREE", subtotal, $"shopper{i}@example.com", $"order-{i}", CancellationToken.None)))));
        var again = await store.WithAsync(s => s.GetRequiredService<ICouponService>().RedeemAsync("THREE", subtotal, "shopper0@example.com", "order-0", CancellationToken.None));

        Assert.Equal(3, outcomes.Count(o => o.IsValid));
        Assert.All(outcomes.Where(o => !o.IsValid), o => Assert.Contains("used up", o.Error));
        Assert.Equal(outcomes[0].IsValid, again.IsValid);
    }

    [Fact]
    public async Task PerCustomerLimitCountsEachCustomerSeparately()
    {
        var store = await CommerceStore.CreateAsync();
        var subtotal = new Money(50m, "EUR");
        Task<CouponEvaluation> Redeem(string customer, string order) =>
            store.WithAsync(s => s.GetRequiredService<ICouponService>().RedeemAsync("ONCE", subtotal, customer, order, CancellationToken.None));

        var first = await Redeem("anna", "o1");
        var retry = await Redeem("anna", "o1");
        var second = await Redeem("anna", "o2");
        var other = await Redeem("bert", "o3");

        Assert.True(first.IsValid);
        Assert.True(retry.IsValid);
        Assert.False(second.IsValid);
        Assert.Contains("already used", second.Error);
        Assert.True(other.IsValid);
    }

    [Fact]
    public async Task AFailedPaymentKeepsItsCouponUseSoALatePaymentCountsItOnce()
    {
        var store = await CommerceStore.CreateAsync();
        var cart = await store.CartWithAsync(("LAMP", 1));
        await ApplyAsync(store, cart.Id, "ONCE");

        var placed = await store.PlaceAsync(CommerceStore.Checkout(cart.Id, "late-" + Guid.NewGuid(), "decline@example.com"));
        var order = (await store.WithAsync(s => s.GetRequiredService<IOrderQueries>().GetAsync(placed.Number, CancellationToken.None)))!;
        var usedAfterFailure = await TimesUsedAsync(store, "ONCE");
        await store.WithAsync(async s =>
        {
            await s.GetRequiredService<IEventPublisher>().PublishAsync(new PaymentStatusChanged(order.Id, "test-card", $"pi_order-{order.Id:N}-payment", PaymentStatus.Succeeded, order.Totals.Grand, "evt_late"));
            return true;
        });
        var usedAfterLatePayment = await TimesUsedAsync(store, "ONCE");
        var again = await store.CartWithAsync(("LAMP", 1));
        await ApplyAsync(store, again.Id, "ONCE");
        var secondUse = await Assert.ThrowsAsync<Checkout.Services.CheckoutValidationException>(() => store.PlaceAsync(CommerceStore.Checkout(again.Id, "again-" + Guid.NewGuid(), "decline@example.com")));

        Assert.Equal("PaymentFailed", placed.Status);
        Assert.Equal(1, usedAfterFailure);
        Assert.Equal(1, usedAfterLatePayment);
        Assert.Equal("couponCode", secondUse.Field);
        Assert.Contains("already used", secondUse.Message, StringComparison.Ordinal);
    }

    private static Task<int> TimesUsedAsync(CommerceStore store, string code) =>
        store.WithAsync(s => Task.FromResult(s.GetRequiredService<PromotionsDbContext>().Coupons.Single(c => c.Code == code).TimesUsed));
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Multistore.Commerce;
using Multistore.Modules.Tests.Fixtures;
using Multistore.Promotions;
using Multistore.Promotions.Domain;
using Multistore.Promotions.Services;

namespace Multistore.Modules.Tests.Promotions.Services;

public sealed class CouponServiceTests : IDisposable
{
    private static readonly Money Subtotal = new(80m, "USD");

    private readonly SqliteInMemory<PromotionsDbContext> _database = new(options => new PromotionsDbContext(options));
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task ACodeIsFoundHoweverTheShopperTypesIt()
    {
        _database.Seed(new Coupon { Code = "SPRING10", Kind = CouponKind.Percentage, Value = 10m });

        var evaluation = await Service().EvaluateAsync("  spring10 ", Subtotal, null, CancellationToken.None);

        Assert.Equal(new CouponEvaluation("SPRING10", new Money(8m, "USD"), null), evaluation);
    }

    [Fact]
    public async Task TheServiceJudgesTheWindowByItsClock()
    {
        _database.Seed(new Coupon { Code = "WEEKEND", Kind = CouponKind.Fixed, Value = 5m, EndsUtc = _clock.GetUtcNow().UtcDateTime.AddDays(2) });
        var service = Service();

        var friday = await service.EvaluateAsync("WEEKEND", Subtotal, null, CancellationToken.None);
        _clock.Advance(TimeSpan.FromDays(2));
        var monday = await service.EvaluateAsync("WEEKEND", Subtotal, null, CancellationToken.None);

        Assert.True(friday.IsValid);
        Assert.Equal("The coupon 'WEEKEND' has expired.", monday.Error);
    }

    [Fact]
    public async Task EvaluatingCountsNoUse()
    {
        _database.Seed(new Coupon { Code = "ONCE", Value = 10m, UsageLimit = 1 });
        var service = Service();

        await service.EvaluateAsync("ONCE", Subtotal, "ann", CancellationToken.None);
        var again = await service.EvaluateAsync("ONCE", Subtotal, "bob", CancellationToken.None);

        Assert.True(again.IsValid);
        Assert.Equal(0, TimesUsed("ONCE"));
    }

    [Fact]
    public async Task RedeemingCountsOneUseAndTheLimitThenHolds()
    {
        _database.Seed(new Coupon { Code = "ONCE", Value = 10m, UsageLimit = 1 });

        var first = await Service().RedeemAsync("ONCE", Subtotal, "ann", "order-1", CancellationToken.None);
        var second = await Service().RedeemAsync("ONCE", Subtotal, "bob", "order-2", CancellationToken.None);

        Assert.True(first.IsValid);
        Assert.Equal("The coupon 'ONCE' has been used up.", second.Error);
        Assert.Equal(1, TimesUsed("ONCE"));
    }

    [Fact]
    public async Task ARetriedRedemptionForTheSameOrderCountsOnce()
    {
        _database.Seed(new Coupon { Code = "ONCE", Value = 10m, UsageLimit = 1 });

        await Service().RedeemAsync("ONCE", Subtotal, "ann", "order-1", CancellationToken.None);
        var retried = await Service().RedeemAsync("once", Subtotal, "ann", "order-1", CancellationToken.None);

        Assert.True(retried.IsValid);
        Assert.Equal(1, TimesUsed("ONCE"));
    }

    [Fact]
    public async Task ACustomerCannotUseACouponMoreOftenThanTheirOwnLimit()
    {
        _database.Seed(new Coupon { Code = "WELCOME", Value = 10m, PerCustomerLimit = 1 });

        await Service().RedeemAsync("WELCOME", Subtotal, "ann", "order-1", CancellationToken.None);
        var annAgain = await Service().EvaluateAsync("WELCOME", Subtotal, "ann", CancellationToken.None);
        var annRedeems = await Service().RedeemAsync("WELCOME", Subtotal, "ann", "order-2", CancellationToken.None);
        var bob = await Service().RedeemAsync("WELCOME", Subtotal, "bob", "order-3", CancellationToken.None);

        Assert.Equal("You have already used the coupon 'WELCOME'.", annAgain.Error);
        Assert.Equal("You have already used the coupon 'WELCOME'.", annRedeems.Error);
        Assert.True(bob.IsValid);
        Assert.Equal(2, TimesUsed("WELCOME"));
    }

    [Fact]
    public async Task ReleasingGivesTheUseBackToTheCouponAndTheCustomer()
    {
        _database.Seed(new Coupon { Code = "ONCE", Value = 10m, UsageLimit = 1, PerCustomerLimit = 1 });
        await Service().RedeemAsync("ONCE", Subtotal, "ann", "order-1", CancellationToken.None);

        await Service().ReleaseAsync("ONCE", "order-1", CancellationToken.None);
        await Service().ReleaseAsync("ONCE", "order-1", CancellationToken.None);
        var again = await Service().RedeemAsync("ONCE", Subtotal, "ann", "order-2", CancellationToken.None);

        Assert.True(again.IsValid);
        Assert.Equal(1, TimesUsed("ONCE"));
    }

    [Fact]
    public async Task CountingAgainBeyondTheLimitCountsTheUseButSaysTheLimitWasPassed()
    {
        _database.Seed(new Coupon { Code = "ONCE", Value = 10m, UsageLimit = 1 });
        await Service().RedeemAsync("ONCE", Subtotal, "ann", "order-1", CancellationToken.None);
        await Service().ReleaseAsync("ONCE", "order-1", CancellationToken.None);
        await Service().RedeemAsync("ONCE", Subtotal, "bob", "order-2", CancellationToken.None);

        var withinLimits = await Service().CountAgainAsync("ONCE", "ann", "order-1", CancellationToken.None);
        var twice = await Service().CountAgainAsync("ONCE", "ann", "order-1", CancellationToken.None);

        Assert.False(withinLimits);
        Assert.True(twice);
        Assert.Equal(2, TimesUsed("ONCE"));
    }

    private CouponService Service() => new(_database.NewContext(), _clock);

    private int TimesUsed(string code)
    {
        using var db = _database.NewContext();
        return db.Coupons.AsNoTracking().Single(c => c.Code == code).TimesUsed;
    }
}

using System.Globalization;
using Multistore.Commerce;
using Multistore.Promotions.Domain;
using Multistore.Promotions.Services;

namespace Multistore.Modules.Tests.Promotions.Services;

public sealed class CouponRulesTests
{
    private static readonly DateTime Now = new(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(10, 80, 8)]
    [InlineData(15, 33.33, 5)]
    [InlineData(12.5, 19.99, 2.50)]
    [InlineData(100, 42, 42)]
    public void APercentageCouponTakesItsShareOfTheSubtotalRounded(double percent, double subtotal, double expected)
    {
        var evaluation = Evaluate(new Coupon { Code = "SALE", Kind = CouponKind.Percentage, Value = (decimal)percent }, (decimal)subtotal);

        Assert.True(evaluation.IsValid);
        Assert.Equal(new Money((decimal)expected, "USD"), evaluation.Discount);
    }

    [Theory]
    [InlineData(10, 80, 10)]
    [InlineData(10, 6.5, 6.5)]
    public void AFixedCouponTakesItsAmountButNeverMoreThanTheSubtotal(double amount, double subtotal, double expected)
    {
        var evaluation = Evaluate(new Coupon { Code = "TENOFF", Kind = CouponKind.Fixed, Value = (decimal)amount }, (decimal)subtotal);

        Assert.Equal((decimal)expected, evaluation.Discount.Amount);
    }

    [Fact]
    public void AnUnknownCodeIsNotValidAndDiscountsNothing()
    {
        var evaluation = CouponRules.Evaluate(null, "NOPE", new Money(50m, "USD"), Now);

        Assert.False(evaluation.IsValid);
        Assert.Equal(Money.Zero("USD"), evaluation.Discount);
        Assert.Equal("The coupon code 'NOPE' is not valid.", evaluation.Error);
    }

    [Fact]
    public void AnInactiveCouponIsNotValid()
    {
        var evaluation = Evaluate(new Coupon { Code = "OFF", Value = 10m, IsActive = false }, 50m);

        Assert.Equal("The coupon code 'OFF' is not valid.", evaluation.Error);
    }

    [Fact]
    public void ACouponIsValidFromItsStartInclusive()
    {
        var coupon = new Coupon { Code = "SPRING", Value = 10m, StartsUtc = Now.AddTicks(1) };

        var early = Evaluate(coupon, 50m, Now);
        var onTime = Evaluate(coupon, 50m, Now.AddTicks(1));

        Assert.StartsWith("The coupon 'SPRING' is valid from ", early.Error, StringComparison.Ordinal);
        Assert.True(onTime.IsValid);
    }

    [Fact]
    public void ACouponHasExpiredAtItsEnd()
    {
        var coupon = new Coupon { Code = "WINTER", Value = 10m, EndsUtc = Now };

        var lastMoment = Evaluate(coupon, 50m, Now.AddTicks(-1));
        var atEnd = Evaluate(coupon, 50m, Now);

        Assert.True(lastMoment.IsValid);
        Assert.Equal("The coupon 'WINTER' has expired.", atEnd.Error);
    }

    [Fact]
    public void AnOrderBelowTheMinimumIsToldTheMinimumInTheStoreCurrency()
    {
        var coupon = new Coupon { Code = "BIG", Value = 10m, MinimumOrder = 100m };
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("en-US");
        CouponEvaluation below, at;
        try
        {
            below = Evaluate(coupon, 99.99m);
            at = Evaluate(coupon, 100m);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }

        Assert.Equal("The coupon 'BIG' needs an order of at least $100.00.", below.Error);
        Assert.True(at.IsValid);
    }

    [Fact]
    public void ACouponUsedUpToItsLimitIsNotValidUnlessTheOrderAlreadyHoldsAUse()
    {
        var coupon = new Coupon { Code = "FIRST100", Value = 10m, UsageLimit = 100, TimesUsed = 100 };

        var another = CouponRules.Evaluate(coupon, coupon.Code, new Money(50m, "USD"), Now);
        var retried = CouponRules.Evaluate(coupon, coupon.Code, new Money(50m, "USD"), Now, countUses: false);

        Assert.Equal("The coupon 'FIRST100' has been used up.", another.Error);
        Assert.True(retried.IsValid);
    }

    [Fact]
    public void ACouponBelowItsLimitIsValid()
    {
        var evaluation = Evaluate(new Coupon { Code = "FIRST100", Value = 10m, UsageLimit = 100, TimesUsed = 99 }, 50m);

        Assert.True(evaluation.IsValid);
    }

    private static CouponEvaluation Evaluate(Coupon coupon, decimal subtotal, DateTime? nowUtc = null) =>
        CouponRules.Evaluate(coupon, coupon.Code, new Money(subtotal, "USD"), nowUtc ?? Now);
}

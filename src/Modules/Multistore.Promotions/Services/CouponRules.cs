using System.Globalization;
using Multistore.Commerce;
using Multistore.Promotions.Domain;

namespace Multistore.Promotions.Services;

/// <summary>The checks a coupon must pass that need no database: window, minimum order, discount amount.</summary>
internal static class CouponRules
{
    /// <summary><paramref name="countUses"/> is false for an order that already holds one of the uses.</summary>
    public static CouponEvaluation Evaluate(Coupon? coupon, string code, Money subtotal, DateTime nowUtc, bool countUses = true)
    {
        var currency = subtotal.Currency;
        if (coupon is null || !coupon.IsActive)
        {
            return CouponEvaluation.Invalid(code, currency, $"The coupon code '{code}' is not valid.");
        }

        if (coupon.StartsUtc is { } starts && nowUtc < starts)
        {
            return CouponEvaluation.Invalid(coupon.Code, currency, $"The coupon '{coupon.Code}' is valid from {starts.ToString("d", CultureInfo.CurrentCulture)}.");
        }

        if (coupon.EndsUtc is { } ends && nowUtc >= ends)
        {
            return CouponEvaluation.Invalid(coupon.Code, currency, $"The coupon '{coupon.Code}' has expired.");
        }

        if (coupon.MinimumOrder is { } minimum && subtotal.Amount < minimum)
        {
            return CouponEvaluation.Invalid(coupon.Code, currency,
                $"The coupon '{coupon.Code}' needs an order of at least {Currency.Format(minimum, currency, CultureInfo.CurrentCulture)}.");
        }

        if (countUses && coupon.UsageLimit is { } limit && coupon.TimesUsed >= limit)
        {
            return CouponEvaluation.Invalid(coupon.Code, currency, $"The coupon '{coupon.Code}' has been used up.");
        }

        var discount = coupon.Kind == CouponKind.Percentage ? subtotal.Amount * coupon.Value / 100m : Math.Min(coupon.Value, subtotal.Amount);
        return new CouponEvaluation(coupon.Code, new Money(discount, currency).Rounded(), null);
    }
}

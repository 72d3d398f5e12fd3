using Multistore.Commerce;
using Multistore.Promotions.Domain;
using Multistore.Promotions.Services;

namespace Multistore.Modules.Tests.Cart.Services;

/// <summary>Coupons judged by the Promotions module's own rules at a fixed moment; the cart only evaluates them.</summary>
internal sealed class CouponsByCode(DateTime nowUtc, params Coupon[] coupons) : ICouponService
{
    public Task<CouponEvaluation> EvaluateAsync(string code, Money subtotal, string? customerKey, CancellationToken cancellationToken) =>
        Task.FromResult(CouponRules.Evaluate(coupons.SingleOrDefault(c => c.Code == Coupon.Normalize(code)), Coupon.Normalize(code), subtotal, nowUtc));

    public Task<CouponEvaluation> RedeemAsync(string code, Money subtotal, string customerKey, string orderReference, CancellationToken cancellationToken) => throw Unused();

    public Task ReleaseAsync(string code, string orderReference, CancellationToken cancellationToken) => throw Unused();

    public Task<bool> CountAgainAsync(string code, string customerKey, string orderReference, CancellationToken cancellationToken) => throw Unused();

    private static NotSupportedException Unused() => new("Pricing a cart never redeems a coupon.");
}

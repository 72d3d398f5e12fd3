using Multistore.Commerce;

namespace Multistore.Promotions.Services;

/// <summary>Coupons as cart and checkout use them.</summary>
public interface ICouponService
{
    /// <summary>Whether <paramref name="code"/> applies to an order of <paramref name="subtotal"/> now, and its discount. Writes nothing.</summary>
    Task<CouponEvaluation> EvaluateAsync(string code, Money subtotal, string? customerKey, CancellationToken cancellationToken);

    /// <summary>
    /// Uses the coupon for an order: checks again and counts the use against both limits in one transaction.
    /// Calling it again for the same <paramref name="orderReference"/> counts nothing more.
    /// </summary>
    Task<CouponEvaluation> RedeemAsync(string code, Money subtotal, string customerKey, string orderReference, CancellationToken cancellationToken);

    /// <summary>Gives a use back when the order did not go through (payment failed, cancelled before payment).</summary>
    Task ReleaseAsync(string code, string orderReference, CancellationToken cancellationToken);

    /// <summary>
    /// Counts a use again for an order that was paid after its use had been given back (a payment that succeeded
    /// after it had failed). The shopper has the discount, so the use is counted even beyond the limits; the
    /// result says whether the counts are still within them. Counting twice for one order counts once.
    /// </summary>
    Task<bool> CountAgainAsync(string code, string customerKey, string orderReference, CancellationToken cancellationToken);
}

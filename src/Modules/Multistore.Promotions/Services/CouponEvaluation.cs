using Multistore.Commerce;

namespace Multistore.Promotions.Services;

/// <summary>What a coupon does for an order: its discount, or why it does not apply (a sentence for the shopper).</summary>
public sealed record CouponEvaluation(string Code, Money Discount, string? Error)
{
    public bool IsValid => Error is null;

    public static CouponEvaluation Invalid(string code, string currency, string error) => new(code, Money.Zero(currency), error);
}

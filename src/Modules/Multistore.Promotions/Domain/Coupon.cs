namespace Multistore.Promotions.Domain;

/// <summary>
/// A coupon code. <see cref="TimesUsed"/> and the per-customer counts only grow through conditional updates, so
/// a limit holds when many shoppers redeem at once.
/// </summary>
internal sealed class Coupon
{
    /// <summary>Upper-case; shoppers may type it in any case.</summary>
    public string Code { get; set; } = "";
    public CouponKind Kind { get; set; }

    /// <summary>Percent (10 = 10%) or an amount in the store currency.</summary>
    public decimal Value { get; set; }
    public DateTime? StartsUtc { get; set; }
    public DateTime? EndsUtc { get; set; }
    public decimal? MinimumOrder { get; set; }
    public int? UsageLimit { get; set; }
    public int? PerCustomerLimit { get; set; }
    public int TimesUsed { get; set; }
    public bool IsActive { get; set; } = true;

    public static string Normalize(string code) => code.Trim().ToUpperInvariant();
}

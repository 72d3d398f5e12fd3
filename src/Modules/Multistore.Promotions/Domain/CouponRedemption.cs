namespace Multistore.Promotions.Domain;

/// <summary>A coupon used by one order; unique per order so a retried checkout counts once.</summary>
internal sealed class CouponRedemption
{
    public string Code { get; set; } = "";
    public string OrderReference { get; set; } = "";
    public string CustomerKey { get; set; } = "";
    public DateTime CreatedUtc { get; set; } = DateTime.UtcNow;
}

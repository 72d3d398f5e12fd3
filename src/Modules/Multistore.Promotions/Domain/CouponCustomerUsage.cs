namespace Multistore.Promotions.Domain;

/// <summary>How often one customer (account id, or e-mail for guests) used a coupon.</summary>
internal sealed class CouponCustomerUsage
{
    public string Code { get; set; } = "";
    public string CustomerKey { get; set; } = "";
    public int TimesUsed { get; set; }
}

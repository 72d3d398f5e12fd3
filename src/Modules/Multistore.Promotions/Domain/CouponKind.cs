namespace Multistore.Promotions.Domain;

public enum CouponKind
{
    Percentage,
    Fixed,
}

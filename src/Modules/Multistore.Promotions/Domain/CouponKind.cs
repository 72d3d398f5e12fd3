namespace Multistore.Promotions.Domain;

internal enum CouponKind
{
    Percentage,
    Fixed,
}

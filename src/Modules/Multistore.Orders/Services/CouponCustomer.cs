using Multistore.Orders.Domain;

namespace Multistore.Orders.Services;

/// <summary>Whom a coupon's per-customer limit counts an order against: the account, or a guest's e-mail address.</summary>
public static class CouponCustomer
{
    public static string KeyOf(Order order) => (order.CustomerId ?? order.Email).ToLowerInvariant();
}

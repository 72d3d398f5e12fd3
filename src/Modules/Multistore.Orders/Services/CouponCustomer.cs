using Multistore.Orders.Domain;

namespace Multistore.Orders.Services;

/// <summary>Whom a coupon's per-customer limit counts an order against: the account, or a guest's e-mail address.</summary>
public static class CouponCustomer
{
    public static string KeyOf(NewOrder order) => KeyOf(order.CustomerId, order.Email);

    internal static string KeyOf(Order order) => KeyOf(order.CustomerId, order.Email);

    private static string KeyOf(string? customerId, string email) => (customerId ?? email).ToLowerInvariant();
}

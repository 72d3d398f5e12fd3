using Multistore.Orders.Services;

namespace Multistore.Orders.Admin;

/// <summary>How the admin names a status ("Payment failed", not "PaymentFailed").</summary>
public static class OrderStatusNames
{
    public static string Of(OrderStatus status) => status switch
    {
        OrderStatus.PaymentFailed => "Payment failed",
        OrderStatus.PartiallyRefunded => "Partially refunded",
        _ => status.ToString(),
    };

    /// <summary>Statuses where the money is in and nothing waits on the shopper.</summary>
    public static bool IsSettled(OrderStatus status) => status is OrderStatus.Paid or OrderStatus.Processing or OrderStatus.Shipped or OrderStatus.Delivered;
}


namespace Multistore.Orders.Services;

/// <summary>Which status may follow which. Refund statuses are reached through refunds only.</summary>
public static class OrderStatusRules
{
    private static readonly Dictionary<OrderStatus, OrderStatus[]> Next = new()
    {
        [OrderStatus.Pending] = [OrderStatus.Paid, OrderStatus.PaymentFailed, OrderStatus.Cancelled],
        [OrderStatus.PaymentFailed] = [OrderStatus.Paid, OrderStatus.Cancelled],
        [OrderStatus.Paid] = [OrderStatus.Processing, OrderStatus.Shipped, OrderStatus.Cancelled, OrderStatus.PartiallyRefunded, OrderStatus.Refunded],
        [OrderStatus.Processing] = [OrderStatus.Shipped, OrderStatus.Cancelled, OrderStatus.PartiallyRefunded, OrderStatus.Refunded],
        [OrderStatus.Shipped] = [OrderStatus.Delivered, OrderStatus.PartiallyRefunded, OrderStatus.Refunded],
        [OrderStatus.Delivered] = [OrderStatus.PartiallyRefunded, OrderStatus.Refunded],
        [OrderStatus.PartiallyRefunded] = [OrderStatus.Processing, OrderStatus.Shipped, OrderStatus.Delivered, OrderStatus.PartiallyRefunded, OrderStatus.Refunded],
        [OrderStatus.Cancelled] = [],
        [OrderStatus.Refunded] = [],
    };

    public static bool CanMove(OrderStatus from, OrderStatus to) => Next[from].Contains(to);

    public static IReadOnlyList<OrderStatus> NextOf(OrderStatus from) => Next[from];

    public static bool CanRefund(OrderStatus status) => CanMove(status, OrderStatus.Refunded);

    /// <summary>Whether the goods are still with the store, so cancelling or fully refunding puts them back in stock.</summary>
    public static bool GoodsInStore(OrderStatus status) => status is OrderStatus.Pending or OrderStatus.Paid or OrderStatus.Processing or OrderStatus.PaymentFailed;
}

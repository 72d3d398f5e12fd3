namespace Multistore.Orders.Services;

public enum OrderStatus
{
    Pending,
    Paid,
    PaymentFailed,
    Processing,
    Shipped,
    Delivered,
    Cancelled,
    PartiallyRefunded,
    Refunded,
}

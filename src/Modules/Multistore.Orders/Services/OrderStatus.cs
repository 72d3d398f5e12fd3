namespace Multistore.Orders.Domain;

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

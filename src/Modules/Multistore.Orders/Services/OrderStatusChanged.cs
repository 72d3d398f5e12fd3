
namespace Multistore.Orders.Services;

/// <summary>Published after an order's status changed and was saved.</summary>
public sealed record OrderStatusChanged(Guid OrderId, string Number, OrderStatus From, OrderStatus To);

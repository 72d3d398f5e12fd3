namespace Multistore.Orders.Services;

/// <summary>How many orders wait in <see cref="Status"/> (Pending, Paid or Processing) with one payment method.</summary>
public sealed record WaitingOrders(OrderStatus Status, string PaymentMethodCode, int Orders);

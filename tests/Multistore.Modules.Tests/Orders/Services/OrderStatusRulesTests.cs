using Multistore.Orders.Domain;
using Multistore.Orders.Services;

namespace Multistore.Modules.Tests.Orders.Services;

public sealed class OrderStatusRulesTests
{
    [Theory]
    [InlineData(OrderStatus.Pending, OrderStatus.Paid)]
    [InlineData(OrderStatus.PaymentFailed, OrderStatus.Paid)]
    [InlineData(OrderStatus.Paid, OrderStatus.Shipped)]
    [InlineData(OrderStatus.Shipped, OrderStatus.Delivered)]
    [InlineData(OrderStatus.PartiallyRefunded, OrderStatus.PartiallyRefunded)]
    public void AnOrderMovesForward(OrderStatus from, OrderStatus to) => Assert.True(OrderStatusRules.CanMove(from, to));

    [Theory]
    [InlineData(OrderStatus.Processing, OrderStatus.Pending)]
    [InlineData(OrderStatus.Shipped, OrderStatus.Cancelled)]
    [InlineData(OrderStatus.Pending, OrderStatus.Shipped)]
    [InlineData(OrderStatus.Pending, OrderStatus.Refunded)]
    public void AnOrderNeverMovesBackOrSkipsPayment(OrderStatus from, OrderStatus to) => Assert.False(OrderStatusRules.CanMove(from, to));

    [Theory]
    [InlineData(OrderStatus.Cancelled)]
    [InlineData(OrderStatus.Refunded)]
    public void CancelledAndRefundedOrdersAreFinal(OrderStatus status) => Assert.Empty(OrderStatusRules.NextOf(status));

    [Theory]
    [InlineData(OrderStatus.Paid, true)]
    [InlineData(OrderStatus.Delivered, true)]
    [InlineData(OrderStatus.Pending, false)]
    [InlineData(OrderStatus.Refunded, false)]
    public void OnlyAnOrderThatWasPaidCanBeRefunded(OrderStatus status, bool refundable) => Assert.Equal(refundable, OrderStatusRules.CanRefund(status));

    [Theory]
    [InlineData(OrderStatus.Processing, true)]
    [InlineData(OrderStatus.PaymentFailed, true)]
    [InlineData(OrderStatus.Shipped, false)]
    [InlineData(OrderStatus.Delivered, false)]
    public void GoodsAreInTheStoreUntilTheyShip(OrderStatus status, bool inStore) => Assert.Equal(inStore, OrderStatusRules.GoodsInStore(status));
}

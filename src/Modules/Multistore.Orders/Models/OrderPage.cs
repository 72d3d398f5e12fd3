using Multistore.Orders.Services;

namespace Multistore.Orders.Models;

/// <summary>The order page: the order, and while its card payment awaits the shopper, the card form's inputs.</summary>
public sealed record OrderPage(OrderView Order)
{
    public CardPaymentForm? CardPayment { get; init; }
}

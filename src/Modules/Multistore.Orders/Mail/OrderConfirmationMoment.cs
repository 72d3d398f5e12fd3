using Multistore.Orders.Services;

namespace Multistore.Orders.Mail;

/// <summary>
/// When an order is confirmed, so its "thank you" email goes once and never for a payment that failed. A payment
/// that left the shopper instructions (a transfer, cash on delivery, an invoice) is accepted when the order is
/// placed, or when the shopper chose it on the order page instead of a card; one that needed nothing (charged at
/// once) or waited for the shopper's card (a client secret to confirm with) is confirmed when the order is paid,
/// which may be after a decline and another try.
/// </summary>
public static class OrderConfirmationMoment
{
    public static bool AtPlacement(OrderView order) =>
        order.Payment is { Status: not "Failed" } payment && order.Status is nameof(OrderStatus.Pending) or nameof(OrderStatus.Paid)
        && AcceptedOffline(payment);

    public static bool WhenPaid(OrderStatusChanged change, OrderView order) =>
        change.To == OrderStatus.Paid && change.From is OrderStatus.Pending or OrderStatus.PaymentFailed
        && order.Payment is { } payment && !AcceptedOffline(payment);

    private static bool AcceptedOffline(OrderPaymentView payment) =>
        payment.NextAction.Count > 0 && !payment.NextAction.ContainsKey("client_secret") && !payment.NextAction.ContainsKey("clientSecret");
}

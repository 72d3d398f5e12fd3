using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Multistore.Admin;
using Multistore.Admin.Routing;
using Multistore.Commerce;

namespace Multistore.Orders.Admin;

/// <summary>
/// The order page's "Mark payment received" for an offline payment (transfer, cash on delivery, invoice): the payment
/// moves to Succeeded and the order to Paid, after which it can be refunded (recorded as a manual refund). Repeating it
/// changes nothing.
/// </summary>
internal static class OrderPaymentReceipt
{
    public static async Task<Results<NotFound, RazorComponentResult<OrderDetailPage>, RedirectHttpResult>> MarkReceivedAsync(string number, OrderAdminQuery orders, IEnumerable<IOfflinePaymentReceipts> receipts, HttpContext context, CancellationToken cancellationToken)
    {
        if (await orders.GetAsync(number, cancellationToken) is not { } order)
        {
            return TypedResults.NotFound();
        }

        var payment = order.LatestPayment is { ProviderReference.Length: > 0 } latest && latest.ProviderCode == order.PaymentMethodCode ? latest : null;
        var receipt = payment is null ? null : receipts.FirstOrDefault(r => r.Handles(payment.ProviderCode));
        if (payment is null || receipt is null)
        {
            return OrderAdminEndpoints.Invalid(number, "Payment", "Only an offline payment (bank transfer, cash on delivery, invoice) is marked received by hand; this order has none.");
        }

        var moved = await receipt.MarkReceivedAsync(payment.ProviderCode, payment.ProviderReference, OrderAdminEndpoints.Who(context), cancellationToken);
        var t = context.AdminText();
        return AdminResults.Redirect(context, $"orders/{number}", moved ? t["The payment of order {0} is marked received.", number] : t["The payment of order {0} was already received.", number]);
    }
}

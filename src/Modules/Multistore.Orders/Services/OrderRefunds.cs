using Microsoft.EntityFrameworkCore;
using Multistore.Commerce;
using Multistore.Orders.Domain;

namespace Multistore.Orders.Services;

/// <summary>
/// Refunds all or part of an order through the provider that took the payment. The refund is recorded before the
/// provider is called and its id is the provider's idempotency key.
/// </summary>
internal sealed class OrderRefunds(OrdersDbContext db, PaymentProviders providers, OrderLifecycle lifecycle)
{
    /// <summary><paramref name="amount"/> null refunds what is left. Throws <see cref="OrderTransitionException"/> on a refund not allowed.</summary>
    public async Task<OrderRefund?> RefundAsync(Guid orderId, decimal? amount, string reason, string by, CancellationToken cancellationToken)
    {
        var order = await db.Orders.Include(o => o.Payments).SingleOrDefaultAsync(o => o.Id == orderId, cancellationToken);
        if (order is null)
        {
            return null;
        }

        var left = order.GrandTotal - order.RefundedTotal;
        var value = Currency.Round(amount ?? left, order.Currency);
        if (!OrderStatusRules.CanRefund(order.Status))
        {
            throw new OrderTransitionException("status", $"Order {order.Number} is {order.Status}; only paid orders can be refunded.");
        }

        if (value <= 0 || value > left)
        {
            throw new OrderTransitionException("amount", $"The refund must be more than 0 and at most {Currency.Format(left, order.Currency, System.Globalization.CultureInfo.CurrentCulture)}.");
        }

        var payment = order.Payments.FirstOrDefault(p => p.Status is PaymentStatus.Succeeded or PaymentStatus.Authorized or PaymentStatus.PartiallyRefunded && p.ProviderReference.Length > 0)
            ?? throw new OrderTransitionException("payment", $"Order {order.Number} has no completed payment to refund.");
        var provider = providers.Find(payment.ProviderCode)
            ?? throw new OrderTransitionException("payment", $"The payment provider '{payment.ProviderCode}' is not enabled, so it cannot refund.");

        var refund = new OrderRefund { OrderId = order.Id, Amount = value, Reason = reason.Trim(), By = by, Status = PaymentStatus.Pending };
        db.Refunds.Add(refund);
        await db.SaveChangesAsync(cancellationToken);

        var result = await provider.RefundAsync(payment.ProviderReference, new Money(value, order.Currency), $"refund-{refund.Id:N}", cancellationToken);
        refund.Status = result.Status;
        refund.ProviderReference = result.ProviderReference;
        refund.Error = result.Error;
        if (result.Status == PaymentStatus.Failed)
        {
            await db.SaveChangesAsync(cancellationToken);
            return refund;
        }

        order.RefundedTotal += value;
        var full = order.RefundedTotal >= order.GrandTotal;
        payment.Status = full ? PaymentStatus.Refunded : PaymentStatus.PartiallyRefunded;
        await lifecycle.MoveAsync(order, full ? OrderStatus.Refunded : OrderStatus.PartiallyRefunded, by, $"Refunded {Currency.Format(value, order.Currency, System.Globalization.CultureInfo.InvariantCulture)}: {refund.Reason}", cancellationToken);
        return refund;
    }
}

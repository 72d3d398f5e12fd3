using Microsoft.EntityFrameworkCore;
using Multistore.Commerce;
using Multistore.Events;
using Multistore.Orders.Domain;

namespace Multistore.Orders.Services;

/// <summary>
/// Applies a provider's payment news to its order once per event id. News older than what the order already
/// knows (a "pending" arriving after "succeeded") is recorded and ignored.
/// </summary>
internal sealed class PaymentStatusChangedSubscriber(OrdersDbContext db, OrderLifecycle lifecycle) : IEventSubscriber<PaymentStatusChanged>
{
    public async Task HandleAsync(PaymentStatusChanged @event, CancellationToken cancellationToken)
    {
        if (await db.ProcessedPaymentEvents.AnyAsync(e => e.EventId == @event.EventId, cancellationToken))
        {
            return;
        }

        var order = await db.Orders.Include(o => o.Payments).SingleOrDefaultAsync(o => o.Id == @event.OrderId, cancellationToken);
        if (order is null)
        {
            return;
        }

        db.ProcessedPaymentEvents.Add(new ProcessedPaymentEvent { EventId = @event.EventId, OrderId = order.Id });
        var payment = order.Payments.FirstOrDefault(p => p.ProviderReference == @event.ProviderReference)
            ?? order.Payments.FirstOrDefault(p => p.ProviderCode == @event.ProviderCode);
        if (payment is null || Rank(@event.Status) <= Rank(payment.Status) && payment.ProviderReference.Length > 0)
        {
            await SaveOnceAsync(cancellationToken);
            return;
        }

        payment.Status = @event.Status;
        payment.ProviderReference = payment.ProviderReference.Length > 0 ? payment.ProviderReference : @event.ProviderReference;
        payment.UpdatedUtc = DateTime.UtcNow;
        if (!await SaveOnceAsync(cancellationToken))
        {
            return;
        }

        var by = $"payment:{@event.ProviderCode}";
        var to = @event.Status switch
        {
            PaymentStatus.Succeeded or PaymentStatus.Authorized => OrderStatus.Paid,
            PaymentStatus.Failed => OrderStatus.PaymentFailed,
            PaymentStatus.Refunded => OrderStatus.Refunded,
            PaymentStatus.PartiallyRefunded => OrderStatus.PartiallyRefunded,
            _ => order.Status,
        };
        if (to != order.Status && OrderStatusRules.CanMove(order.Status, to))
        {
            await lifecycle.MoveAsync(order, to, by, $"Payment event {@event.EventId}", cancellationToken);
        }
    }

    /// <summary>Later news outranks earlier: a failure never undoes a success, a refund comes after both.</summary>
    private static int Rank(PaymentStatus status) => status switch
    {
        PaymentStatus.Pending => 0,
        PaymentStatus.Authorized => 1,
        PaymentStatus.Failed => 2,
        PaymentStatus.Succeeded => 3,
        PaymentStatus.PartiallyRefunded => 4,
        _ => 5,
    };

    /// <summary>False when a concurrent delivery of the same event got there first (its id is the key).</summary>
    private async Task<bool> SaveOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
        }
    }
}

using Microsoft.EntityFrameworkCore;
using Multistore.Commerce;
using Multistore.Events;
using Multistore.Orders.Domain;

namespace Multistore.Orders.Services;

/// <summary>
/// Applies a provider's payment news to its order once per event id. News older than what the order already
/// knows (a "pending" arriving after "succeeded") is recorded and ignored. A failure fails the order only when it is
/// of the order's newest attempt (a card declined before the shopper chose a bank transfer changes nothing); money
/// arriving for an order that was cancelled meanwhile is noted for staff (<see cref="PaidAfterCancellation"/>).
/// </summary>
internal sealed class PaymentStatusChangedSubscriber(OrdersDbContext db, OrderLifecycle lifecycle, PaidAfterCancellation paidLate) : IEventSubscriber<PaymentStatusChanged>
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
        var payment = order.Payments.FirstOrDefault(p => p.ProviderReference.Length > 0 && p.ProviderReference == @event.ProviderReference)
            ?? (order.LatestPayment is { } latest && latest.ProviderCode == @event.ProviderCode ? latest : null);
        if (payment is null || Rank(@event.Status) <= Rank(payment.Status) && payment.ProviderReference.Length > 0)
        {
            await SaveOnceAsync(cancellationToken);
            return;
        }

        payment.Status = @event.Status;
        if (@event.Status == PaymentStatus.Failed && @event.Error is { Length: > 0 } reason)
        {
            payment.Error = reason;
        }

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
        if (to == OrderStatus.PaymentFailed && payment != order.LatestPayment)
        {
            return;
        }

        var note = @event.Error is { Length: > 0 } ? $"Payment event {@event.EventId}: {@event.Error}" : $"Payment event {@event.EventId}";
        if (!await MoveAsync(order, to, by, note, @event, cancellationToken))
        {
            // The order moved while this news was applied (the unpaid-order sweep cancelled it): judge again on what it is now.
            await db.Entry(order).ReloadAsync(cancellationToken);
            await MoveAsync(order, to, by, note, @event, cancellationToken);
        }
    }

    /// <summary>False only when the order moved under this call; money for a cancelled order is noted, not applied.</summary>
    private async Task<bool> MoveAsync(Order order, OrderStatus to, string by, string note, PaymentStatusChanged @event, CancellationToken cancellationToken)
    {
        if (order.Status == OrderStatus.Cancelled && to == OrderStatus.Paid)
        {
            await paidLate.NoteAsync(order, @event, cancellationToken);
            return true;
        }

        return to == order.Status || !OrderStatusRules.CanMove(order.Status, to) || await lifecycle.TryMoveAsync(order, to, by, note, cancellationToken);
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

using Microsoft.EntityFrameworkCore;
using Multistore.Commerce;
using Multistore.Events;
using Multistore.Payments.Domain;

namespace Multistore.Payments.Services;

/// <summary>
/// The payment records every provider writes through: one record per idempotency key, status moved only
/// forward, each move kept in the history and published as <see cref="PaymentStatusChanged"/>.
/// </summary>
internal sealed class PaymentLedger(PaymentsDbContext db, IEventPublisher events)
{
    public Task<PaymentRecord?> FindByKeyAsync(string idempotencyKey, CancellationToken cancellationToken) =>
        db.Payments.Include(p => p.Refunds).SingleOrDefaultAsync(p => p.IdempotencyKey == idempotencyKey, cancellationToken);

    public Task<PaymentRecord?> FindAsync(string providerCode, string providerReference, CancellationToken cancellationToken) =>
        db.Payments.Include(p => p.Refunds).SingleOrDefaultAsync(p => p.ProviderCode == providerCode && p.ProviderReference == providerReference, cancellationToken);

    public Task<PaymentRecord?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Payments.Include(p => p.Refunds).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);

    public async Task<IReadOnlyList<PaymentStatusEntry>> HistoryAsync(Guid paymentId, CancellationToken cancellationToken)
    {
        var entries = await db.StatusHistory.Where(h => h.PaymentId == paymentId).ToListAsync(cancellationToken);
        return [.. entries.OrderBy(h => h.AtUtc)];
    }

    /// <summary>Adds a new record; if another request added one with the same key first, returns that one.</summary>
    public async Task<PaymentRecord> AddAsync(PaymentRecord record, CancellationToken cancellationToken)
    {
        db.Payments.Add(record);
        record.History.Add(new PaymentStatusEntry { PaymentId = record.Id, From = record.Status, To = record.Status, Cause = "started" });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return record;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            var winner = await FindByKeyAsync(record.IdempotencyKey, cancellationToken);
            if (winner is null)
            {
                throw;
            }

            return winner;
        }
    }

    /// <summary>
    /// Moves the payment to <paramref name="to"/> when that is forward; false (and nothing written) otherwise. The
    /// shopper-safe reason of a failure (<paramref name="error"/>) travels with the published change.
    /// The change is published first and the payment saved after: whoever reads this payment as settled (the card
    /// payment page polls it, then shows the order) finds the order settled too. Saved first, a webhook's payment could
    /// be read as paid while its order, moved by the subscriber, still read pending (seen in the 3-D Secure browser test).
    /// </summary>
    public async Task<bool> MoveAsync(PaymentRecord record, PaymentStatus to, string cause, CancellationToken cancellationToken, string? error = null)
    {
        if (!PaymentTransitions.IsForward(record.Status, to))
        {
            return false;
        }

        await events.PublishAsync(new PaymentStatusChanged(record.OrderId, record.ProviderCode, record.ProviderReference, to, record.Amount, cause, error), cancellationToken);
        db.StatusHistory.Add(new PaymentStatusEntry { PaymentId = record.Id, From = record.Status, To = to, Cause = cause });
        record.Status = to;
        record.UpdatedUtc = DateTimeOffset.UtcNow;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// Records a refund once per key and moves the payment to PartiallyRefunded or Refunded. Refusing more
    /// than what is left is the caller's first check; this is the last.
    /// </summary>
    public async Task<PaymentRecord> RecordRefundAsync(PaymentRecord record, long amountMinor, string idempotencyKey, string providerReference, CancellationToken cancellationToken)
    {
        if (record.Refunds.Any(r => r.IdempotencyKey == idempotencyKey))
        {
            return record;
        }

        CheckRefundable(record, amountMinor);
        var refund = new PaymentRefund { PaymentId = record.Id, AmountMinor = amountMinor, IdempotencyKey = idempotencyKey, ProviderReference = providerReference };
        db.Refunds.Add(refund);
        record.Refunds.Add(refund);
        record.RefundedMinor += amountMinor;
        await db.SaveChangesAsync(cancellationToken);
        var status = record.RefundedMinor >= record.AmountMinor ? PaymentStatus.Refunded : PaymentStatus.PartiallyRefunded;
        await MoveAsync(record, status, $"refund:{idempotencyKey}", cancellationToken);
        return record;
    }

    /// <summary>Throws with a message a shop operator understands when the refund is not possible.</summary>
    public static void CheckRefundable(PaymentRecord record, long amountMinor) =>
        Refundability.Check(record.Status, record.ProviderReference, record.Currency, record.AmountMinor, record.RefundedMinor, amountMinor);
}

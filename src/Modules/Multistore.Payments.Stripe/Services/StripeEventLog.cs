using Microsoft.EntityFrameworkCore;
using Multistore.Payments.Stripe.Domain;

namespace Multistore.Payments.Stripe.Services;

/// <summary>
/// Claims a webhook event id before it is handled. The primary key makes the claim atomic, so two deliveries
/// of one event racing each other are handled once; a failed handling gives the claim back for Stripe's retry.
/// </summary>
internal sealed class StripeEventLog(StripeDbContext db)
{
    public async Task<bool> TryClaimAsync(string eventId, string type, CancellationToken cancellationToken)
    {
        if (await db.ProcessedEvents.AsNoTracking().AnyAsync(e => e.EventId == eventId, cancellationToken))
        {
            return false;
        }

        var claim = new StripeProcessedEvent { EventId = eventId, Type = type };
        db.ProcessedEvents.Add(claim);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            db.Entry(claim).State = EntityState.Detached;
            return false;
        }
    }

    public async Task ReleaseAsync(string eventId, CancellationToken cancellationToken) =>
        await db.ProcessedEvents.Where(e => e.EventId == eventId).ExecuteDeleteAsync(cancellationToken);
}

using Microsoft.EntityFrameworkCore;
using Multistore.Background;
using Multistore.Inventory.Domain;

namespace Multistore.Inventory.Services;

/// <summary>
/// Holds stock with conditional updates (<c>Reserved = Reserved + n WHERE OnHand - Reserved &gt;= n</c>), so two
/// checkouts can never both take the last unit, on SQLite and PostgreSQL alike. Each call is one transaction.
/// </summary>
internal sealed class StockReservations(InventoryDbContext db, StockNotifier notifier, IBackgroundTaskSignal<ReservationSweeper> sweeper) : IStockReservations
{
    public async Task<ReservationOutcome> ReserveAsync(string reference, IReadOnlyList<ReservationRequest> lines, DateTime expiresUtc, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var existing = await db.Reservations.SingleOrDefaultAsync(r => r.Reference == reference, cancellationToken);
        if (existing is { State: ReservationState.Active or ReservationState.Committed })
        {
            return ReservationOutcome.Reserved;
        }

        if (existing is not null)
        {
            // A checkout retried after its earlier hold lapsed holds afresh under the same reference.
            db.Reservations.Remove(existing);
            await db.SaveChangesAsync(cancellationToken);
        }

        // The hold's row is written first, before any stock row is locked: a concurrent hold under the same reference
        // (a retried checkout) meets the unique reference here, holding nothing another transaction waits for. Written
        // after taking stock, it deadlocked on PostgreSQL with a commit of the same hold (which locks the hold, then
        // the stock rows).
        var reservation = new StockReservation { Reference = reference, ExpiresUtc = expiresUtc };
        db.Reservations.Add(reservation);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another attempt holds this reference: it is held once, by the other.
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return await db.Reservations.AsNoTracking().AnyAsync(r => r.Reference == reference && (r.State == ReservationState.Active || r.State == ReservationState.Committed), cancellationToken)
                ? ReservationOutcome.Reserved
                : throw new InvalidOperationException($"The stock hold '{reference}' could not be written and no other hold holds it.");
        }

        var shortages = new List<StockShortage>();
        foreach (var line in lines.GroupBy(l => l.Sku, StringComparer.OrdinalIgnoreCase).Select(g => new ReservationRequest(g.Key, g.Sum(l => l.Quantity))))
        {
            if (!await db.Levels.AnyAsync(l => l.Sku == line.Sku, cancellationToken))
            {
                // A SKU without stock records is not tracked (as IStockService says): it is always sellable.
                continue;
            }

            var taken = await TakeAsync(reservation, line, cancellationToken);
            if (taken < line.Quantity && await BacksOrdersAsync(line.Sku, cancellationToken))
            {
                await BackorderAsync(reservation, line.Sku, line.Quantity - taken, cancellationToken);
            }
            else if (taken < line.Quantity)
            {
                shortages.Add(new StockShortage(line.Sku, line.Quantity, await AvailableAsync(line.Sku, cancellationToken) + taken));
            }
        }

        if (shortages.Count > 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return new ReservationOutcome(false, shortages);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        // The sweeper plans its next round by the earliest expiry it knows of: this hold may be the earliest now.
        sweeper.Signal();
        await notifier.NotifyAsync(reservation.Lines.Select(l => l.Sku), cancellationToken);
        return ReservationOutcome.Reserved;
    }

    public async Task<bool> CommitAsync(string reference, CancellationToken cancellationToken)
    {
        var state = await FinishAsync(reference, ReservationState.Active, ReservationState.Committed, -1, StockMovementReason.Sold, cancellationToken);
        return state is ReservationState.Committed;
    }

    public Task ReleaseAsync(string reference, CancellationToken cancellationToken) =>
        FinishAsync(reference, ReservationState.Active, ReservationState.Released, 0, null, cancellationToken);

    public Task ReturnAsync(string reference, CancellationToken cancellationToken) =>
        FinishAsync(reference, ReservationState.Committed, ReservationState.Returned, 1, StockMovementReason.Returned, cancellationToken);

    public async Task<IReadOnlyDictionary<string, int>> BackorderedAsync(string reference, CancellationToken cancellationToken)
    {
        var lines = await db.ReservationLines.AsNoTracking()
            .Where(l => l.Backordered > 0 && db.Reservations.Any(r => r.Id == l.ReservationId && r.Reference == reference))
            .Select(l => new { l.Sku, l.Backordered }).ToListAsync(cancellationToken);
        return lines.GroupBy(l => l.Sku, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Sum(l => l.Backordered), StringComparer.OrdinalIgnoreCase);
    }

    public async Task<IReadOnlyList<string>> ReleaseExpiredAsync(DateTime nowUtc, CancellationToken cancellationToken)
    {
        var expired = await db.Reservations.AsNoTracking()
            .Where(r => r.State == ReservationState.Active && r.ExpiresUtc < nowUtc)
            .Select(r => r.Reference).Take(200).ToListAsync(cancellationToken);
        var released = new List<string>();
        foreach (var reference in expired)
        {
            if (await FinishAsync(reference, ReservationState.Active, ReservationState.Expired, 0, null, cancellationToken) == ReservationState.Expired)
            {
                released.Add(reference);
            }
        }

        return released;
    }

    public async Task<DateTime?> NextExpiryAsync(CancellationToken cancellationToken) =>
        await db.Reservations.AsNoTracking()
            .Where(r => r.State == ReservationState.Active)
            .MinAsync(r => (DateTime?)r.ExpiresUtc, cancellationToken);

    private async Task<int> TakeAsync(StockReservation reservation, ReservationRequest line, CancellationToken cancellationToken)
    {
        var candidates = await db.Levels.AsNoTracking()
            .Where(l => l.Sku == line.Sku && l.OnHand - l.Reserved > 0)
            .Join(db.Locations, l => l.Location, c => c.Code, (l, c) => new { l.Location, Available = l.OnHand - l.Reserved, c.Priority })
            .OrderBy(c => c.Priority).ThenBy(c => c.Location)
            .ToListAsync(cancellationToken);
        var remaining = line.Quantity;
        foreach (var candidate in candidates)
        {
            var take = Math.Min(remaining, candidate.Available);
            if (take <= 0)
            {
                continue;
            }

            var now = DateTime.UtcNow;
            var updated = await db.Levels
                .Where(l => l.Sku == line.Sku && l.Location == candidate.Location && l.OnHand - l.Reserved >= take)
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.Reserved, l => l.Reserved + take).SetProperty(l => l.UpdatedUtc, now), cancellationToken);
            if (updated == 1)
            {
                reservation.Lines.Add(new StockReservationLine { ReservationId = reservation.Id, Sku = line.Sku, Location = candidate.Location, Quantity = take });
                remaining -= take;
            }

            if (remaining == 0)
            {
                break;
            }
        }

        return line.Quantity - remaining;
    }

    /// <summary>Whether the store sells the SKU beyond its stock: decided by the stock item alone, never by the request.</summary>
    private Task<bool> BacksOrdersAsync(string sku, CancellationToken cancellationToken) =>
        db.Items.AnyAsync(i => i.Sku == sku && i.AllowBackorder, cancellationToken);

    /// <summary>
    /// Holds what is not on hand at the SKU's first location (by priority, where a restock is expected), unconditionally:
    /// reserved may exceed on hand there, so concurrent buyers of a backordered SKU all succeed. The line records how
    /// many are backordered, for the order to show.
    /// </summary>
    private async Task BackorderAsync(StockReservation reservation, string sku, int quantity, CancellationToken cancellationToken)
    {
        var location = await db.Levels.AsNoTracking().Where(l => l.Sku == sku)
            .Join(db.Locations, l => l.Location, c => c.Code, (l, c) => new { l.Location, c.Priority })
            .OrderBy(c => c.Priority).ThenBy(c => c.Location).Select(c => c.Location).FirstAsync(cancellationToken);
        var now = DateTime.UtcNow;
        await db.Levels.Where(l => l.Sku == sku && l.Location == location)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Reserved, l => l.Reserved + quantity).SetProperty(l => l.UpdatedUtc, now), cancellationToken);
        var line = reservation.Lines.FirstOrDefault(l => l.Sku == sku && l.Location == location);
        if (line is null)
        {
            line = new StockReservationLine { ReservationId = reservation.Id, Sku = sku, Location = location };
            reservation.Lines.Add(line);
        }

        line.Quantity += quantity;
        line.Backordered += quantity;
    }

    private async Task<int> AvailableAsync(string sku, CancellationToken cancellationToken) =>
        await db.Levels.Where(l => l.Sku == sku).SumAsync(l => l.OnHand - l.Reserved, cancellationToken);

    /// <summary>
    /// Moves a reservation from one state to the next and its stock with it, once: the state change is itself a
    /// conditional update, so of two concurrent callers only one moves the stock. Returns the state it ends in.
    /// </summary>
    private async Task<ReservationState?> FinishAsync(string reference, ReservationState from, ReservationState to, int onHandSign, StockMovementReason? reason, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var moved = await db.Reservations.Where(r => r.Reference == reference && r.State == from)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.State, to), cancellationToken);
        var reservation = await db.Reservations.AsNoTracking().Include(r => r.Lines).SingleOrDefaultAsync(r => r.Reference == reference, cancellationToken);
        if (moved == 0 || reservation is null)
        {
            await transaction.RollbackAsync(cancellationToken);
            return reservation?.State;
        }

        var now = DateTime.UtcNow;
        foreach (var line in reservation.Lines)
        {
            var onHand = onHandSign * line.Quantity;
            var reserved = from == ReservationState.Active ? -line.Quantity : 0;
            await db.Levels.Where(l => l.Sku == line.Sku && l.Location == line.Location)
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.OnHand, l => l.OnHand + onHand).SetProperty(l => l.Reserved, l => l.Reserved + reserved).SetProperty(l => l.UpdatedUtc, now), cancellationToken);
            if (reason is { } why)
            {
                db.Movements.Add(new StockMovement { Sku = line.Sku, Location = line.Location, Change = onHand, Reason = why, Reference = reference, CreatedUtc = now });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (to != ReservationState.Committed)
        {
            await notifier.NotifyAsync(reservation.Lines.Select(l => l.Sku), cancellationToken);
        }

        return to;
    }
}

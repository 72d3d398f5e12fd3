using Microsoft.EntityFrameworkCore;
using Multistore.Events;
using Multistore.Pricing.Domain;
using Multistore.Pricing.Events;
using Multistore.Pricing.Services;

namespace Multistore.Pricing.Scheduling;

/// <summary>
/// Announces scheduled prices that started or ended: for every start or end in a default list between the
/// store's <see cref="ScheduleCheckpoint"/> and now, publishes <see cref="PriceChanged"/> with the SKU's price
/// as it is now (so the catalog's change log, search indexes, cached pages and live price pushes follow the
/// schedule), then moves the checkpoint to now. A boundary is announced at least once: when two nodes check at
/// the same moment both announce it, which only re-indexes the product twice.
/// </summary>
internal sealed class ScheduledPriceBoundaries(PricingDbContext db, IPriceService prices, IEventPublisher events)
{
    /// <summary>Announces what passed up to <paramref name="nowUtc"/>; returns the next start or end after it, if any.</summary>
    public async Task<DateTime?> AnnouncePassedAsync(DateTime nowUtc, CancellationToken cancellationToken)
    {
        var checkpoint = await db.ScheduleCheckpoints.AsNoTracking().SingleOrDefaultAsync(c => c.Id == ScheduleCheckpoint.StoreId, cancellationToken);
        var passed = await PassedAsync(checkpoint?.CheckedUtc, nowUtc, cancellationToken);
        foreach (var currency in passed.GroupBy(p => p.Currency, StringComparer.OrdinalIgnoreCase))
        {
            var skus = currency.Select(p => p.Sku).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var now = await prices.GetPricesAtAsync(skus, currency.Key, nowUtc, cancellationToken);
            foreach (var sku in skus)
            {
                await events.PublishAsync(new PriceChanged(sku, currency.Key, now.GetValueOrDefault(sku)?.Price.Amount), cancellationToken);
            }
        }

        await AdvanceAsync(checkpoint is not null, nowUtc, cancellationToken);
        return await NextAsync(nowUtc, cancellationToken);
    }

    private async Task<List<(string Sku, string Currency)>> PassedAsync(DateTime? afterUtc, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var scheduled = db.ScheduledPrices.AsNoTracking().Join(db.PriceLists.Where(l => l.IsDefault), s => s.PriceListId, l => l.Id, (s, l) => new { s.Sku, l.Currency, s.StartsUtc, s.EndsUtc });

        // Without a checkpoint (the store's first check) every boundary so far is announced once.
        var after = afterUtc ?? DateTime.SpecifyKind(DateTime.UnixEpoch, DateTimeKind.Utc);
        var rows = await scheduled
            .Where(s => (s.StartsUtc > after && s.StartsUtc <= nowUtc) || (s.EndsUtc > after && s.EndsUtc <= nowUtc))
            .Select(s => new { s.Sku, s.Currency })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => (r.Sku, r.Currency.Trim()))];
    }

    /// <summary>Moves the checkpoint forward only: a node that checked earlier never moves it back past a later check.</summary>
    private async Task AdvanceAsync(bool exists, DateTime nowUtc, CancellationToken cancellationToken)
    {
        if (exists)
        {
            await db.ScheduleCheckpoints.Where(c => c.Id == ScheduleCheckpoint.StoreId && c.CheckedUtc < nowUtc)
                .ExecuteUpdateAsync(c => c.SetProperty(x => x.CheckedUtc, nowUtc), cancellationToken);
            return;
        }

        db.ScheduleCheckpoints.Add(new ScheduleCheckpoint { CheckedUtc = nowUtc });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another node made the row first; its check covers the same boundaries.
            db.ChangeTracker.Clear();
        }
    }

    private async Task<DateTime?> NextAsync(DateTime nowUtc, CancellationToken cancellationToken)
    {
        var start = await db.ScheduledPrices.AsNoTracking().Where(s => s.StartsUtc > nowUtc).OrderBy(s => s.StartsUtc)
            .Select(s => (DateTime?)s.StartsUtc).FirstOrDefaultAsync(cancellationToken);
        var end = await db.ScheduledPrices.AsNoTracking().Where(s => s.EndsUtc > nowUtc).OrderBy(s => s.EndsUtc)
            .Select(s => s.EndsUtc).FirstOrDefaultAsync(cancellationToken);
        return start is null ? end : end is null ? start : start < end ? start : end;
    }
}

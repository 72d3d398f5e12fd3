using Microsoft.EntityFrameworkCore;
using Multistore.Catalog.Domain;
using Multistore.Catalog.Events;
using Multistore.Events;

namespace Multistore.Catalog.Services;

/// <summary>
/// Appends to the change log in the same save as the change itself. Sequence numbers are the highest so far
/// plus one; two writers that pick the same number collide on the key, and the loser retries with a fresh one.
/// </summary>
internal sealed class CatalogChangeLog(CatalogDbContext db, IEventPublisher events)
{
    private const int Attempts = 5;

    public async Task SaveWithChangesAsync(IReadOnlyCollection<(CatalogChangeKind Kind, string Key)> changes, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var pending = db.ChangeTracker.Entries<CatalogChange>().Where(e => e.State == EntityState.Added).ToList();
            pending.ForEach(e => e.State = EntityState.Detached);
            var next = (await db.Changes.MaxAsync(c => (long?)c.Sequence, cancellationToken) ?? 0) + 1;
            foreach (var (kind, key) in changes)
            {
                db.Changes.Add(new CatalogChange { Sequence = next++, Kind = kind, Key = key });
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                await events.PublishAsync(new CatalogChanged(next - 1)
                {
                    OnlyPricesOf = changes.All(c => c.Kind == CatalogChangeKind.Price) ? [.. changes.Select(c => c.Key)] : null,
                }, cancellationToken);
                return;
            }
            catch (DbUpdateException) when (attempt < Attempts && db.ChangeTracker.Entries<CatalogChange>().Any(e => e.State == EntityState.Added))
            {
                await Task.Delay(Random.Shared.Next(5, 30) * attempt, cancellationToken);
            }
        }
    }
}

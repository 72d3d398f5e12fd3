using Microsoft.EntityFrameworkCore;

namespace Multistore.Orders.Services;

/// <inheritdoc cref="IAbandonedPayments"/>
internal sealed class AbandonedPayments(OrdersDbContext db, OrderLifecycle lifecycle) : IAbandonedPayments
{
    /// <summary>How many orders one sweep cancels at most; the next sweep takes the rest.</summary>
    private const int Batch = 200;

    public async Task<IReadOnlyList<string>> CancelUnpaidSinceAsync(DateTime cutoffUtc, CancellationToken cancellationToken)
    {
        var candidates = await Unpaid().Include(o => o.Payments)
            .Where(o => o.UpdatedUtc < cutoffUtc)
            .OrderBy(o => o.UpdatedUtc).Take(Batch)
            .ToListAsync(cancellationToken);
        var cancelled = new List<string>();
        foreach (var order in candidates.Where(AwaitsTheShoppersCard))
        {
            if (await lifecycle.TryMoveAsync(order, OrderStatus.Cancelled, "system", "No payment arrived while its items were held.", cancellationToken))
            {
                cancelled.Add(order.Number);
            }
        }

        return cancelled;
    }

    public async Task<DateTime?> OldestUnpaidAsync(CancellationToken cancellationToken) =>
        await Unpaid().MinAsync(o => (DateTime?)o.UpdatedUtc, cancellationToken);

    /// <summary>
    /// Orders that may await the shopper's card: a card payment awaiting the shopper carries a client secret in its next
    /// action; offline methods never do (<see cref="AwaitsTheShoppersCard"/> decides on each one loaded).
    /// </summary>
    private IQueryable<Domain.Order> Unpaid() => db.Orders.Where(o => o.Status == OrderStatus.PaymentFailed
        || o.Status == OrderStatus.Pending && o.Payments.Any(p => p.NextActionJson.Contains("client_secret")));

    /// <summary>Failed, or pending on a card payment the shopper has not confirmed; never a pending offline payment.</summary>
    private static bool AwaitsTheShoppersCard(Domain.Order order) =>
        order.Status == OrderStatus.PaymentFailed
        || order.LatestPayment is { Status: Commerce.PaymentStatus.Pending or Commerce.PaymentStatus.Failed } latest && latest.NextActionJson.Contains("client_secret", StringComparison.Ordinal);
}

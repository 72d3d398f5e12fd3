using Microsoft.EntityFrameworkCore;
using Multistore.Orders.Domain;

namespace Multistore.Orders.Services;

/// <summary>Writes a new order once per idempotency key: a second writer with the same key gets the first order back.</summary>
public sealed class OrderPlacement(OrdersDbContext db)
{
    public Task<Order?> FindByIdempotencyKeyAsync(string idempotencyKey, CancellationToken cancellationToken) =>
        db.Orders.Include(o => o.Lines).Include(o => o.Payments)
            .SingleOrDefaultAsync(o => o.IdempotencyKey == idempotencyKey, cancellationToken);

    /// <summary>Returns the order saved under the key and whether this call created it.</summary>
    public async Task<(Order Order, bool Created)> CreateAsync(Order order, string by, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            order.Number = OrderNumbers.Next(DateTime.UtcNow);
            order.AccessToken = OrderNumbers.NewAccessToken();
            db.Orders.Add(order);
            db.Transitions.Add(new OrderTransition { OrderId = order.Id, From = null, To = order.Status, By = by, Note = "Order placed." });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return (order, true);
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                db.ChangeTracker.Clear();
                if (await FindByIdempotencyKeyAsync(order.IdempotencyKey, cancellationToken) is { } existing)
                {
                    return (existing, false);
                }
            }
        }
    }
}

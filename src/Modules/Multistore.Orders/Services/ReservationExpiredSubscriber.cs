using Microsoft.EntityFrameworkCore;
using Multistore.Events;
using Multistore.Inventory.Services;

namespace Multistore.Orders.Services;

/// <summary>
/// A checkout that crashed or was abandoned after its order was written but before payment started: when its
/// stock hold expires, the order is cancelled, so no order is left waiting without stock or payment.
/// </summary>
internal sealed class ReservationExpiredSubscriber(OrdersDbContext db, OrderLifecycle lifecycle) : IEventSubscriber<StockReservationExpired>
{
    public async Task HandleAsync(StockReservationExpired @event, CancellationToken cancellationToken)
    {
        var order = await db.Orders.Include(o => o.Payments)
            .SingleOrDefaultAsync(o => o.ReservationReference == @event.Reference && o.Status == OrderStatus.Pending, cancellationToken);
        if (order is not null && order.Payments.Count == 0)
        {
            await lifecycle.MoveAsync(order, OrderStatus.Cancelled, "system", "Checkout did not finish before its stock hold expired.", cancellationToken);
        }
    }
}

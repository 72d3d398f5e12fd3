using Microsoft.EntityFrameworkCore;
using Multistore.Events;
using Multistore.Inventory.Services;
using Multistore.Orders.Domain;
using Multistore.Promotions.Services;

namespace Multistore.Orders.Services;

/// <summary>
/// Moves orders through their lifecycle, recording who and when, and does what a status implies: a cancelled or
/// failed order gives its stock and coupon use back.
/// </summary>
internal sealed class OrderLifecycle(OrdersDbContext db, IStockReservations stock, ICouponService coupons, IEventPublisher events, PaidAfterFailure stockAgain)
{
    /// <summary>Loads the order and moves it; throws <see cref="OrderTransitionException"/> when the move is not allowed.</summary>
    public async Task<Order?> ChangeStatusAsync(Guid orderId, OrderStatus to, string by, string? note, CancellationToken cancellationToken)
    {
        var order = await db.Orders.SingleOrDefaultAsync(o => o.Id == orderId, cancellationToken);
        if (order is null)
        {
            return null;
        }

        if (!OrderStatusRules.CanMove(order.Status, to) || to is OrderStatus.Refunded or OrderStatus.PartiallyRefunded)
        {
            throw new OrderTransitionException("status", $"Order {order.Number} is {order.Status} and cannot become {to}.");
        }

        await MoveAsync(order, to, by, note, cancellationToken);
        return order;
    }

    /// <summary>Moves a tracked order (already checked) and saves it, then applies the side effects once.</summary>
    public async Task MoveAsync(Order order, OrderStatus to, string by, string? note, CancellationToken cancellationToken)
    {
        var from = order.Status;
        if (from == to && to != OrderStatus.PartiallyRefunded)
        {
            return;
        }

        order.Status = to;
        order.UpdatedUtc = DateTime.UtcNow;
        db.Transitions.Add(new OrderTransition { OrderId = order.Id, From = from, To = to, By = by, Note = note, AtUtc = order.UpdatedUtc });
        await db.SaveChangesAsync(cancellationToken);

        var givesBack = to is OrderStatus.Cancelled or OrderStatus.PaymentFailed || (to == OrderStatus.Refunded && OrderStatusRules.GoodsInStore(from));
        if (givesBack)
        {
            await stock.ReleaseAsync(order.ReservationReference, cancellationToken);
            await stock.ReturnAsync(order.ReservationReference, cancellationToken);
        }

        if (order.CouponCode is { } code && to is OrderStatus.Cancelled or OrderStatus.PaymentFailed)
        {
            await coupons.ReleaseAsync(code, order.IdempotencyKey, cancellationToken);
        }

        if (from == OrderStatus.PaymentFailed && to == OrderStatus.Paid)
        {
            await stockAgain.TakeBackAsync(order, cancellationToken);
        }

        await events.PublishAsync(new OrderStatusChanged(order.Id, order.Number, from, to), cancellationToken);
    }

    public async Task<bool> AddNoteAsync(Guid orderId, string author, string text, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new OrderTransitionException("text", "Write the note first.");
        }

        if (!await db.Orders.AnyAsync(o => o.Id == orderId, cancellationToken))
        {
            return false;
        }

        db.Notes.Add(new OrderNote { OrderId = orderId, Author = author, Text = text.Trim() });
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}

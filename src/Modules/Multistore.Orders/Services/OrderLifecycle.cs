using Microsoft.EntityFrameworkCore;
using Multistore.Events;
using Multistore.Inventory.Services;
using Multistore.Orders.Domain;
using Multistore.Promotions.Services;

namespace Multistore.Orders.Services;

/// <summary>
/// Moves orders through their lifecycle, recording who and when, and does what a status implies: a cancelled order
/// gives its stock and coupon use back. A failed payment does not: the shopper may retry, or choose another method,
/// on the same order while its items stay theirs; an order left unpaid past the checkout's hold is cancelled
/// (<see cref="AbandonedPayments"/>), which gives them back.
/// </summary>
internal sealed class OrderLifecycle(OrdersDbContext db, IStockReservations stock, ICouponService coupons, IEventPublisher events)
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
        await ApplyAsync(order, from, to, cancellationToken);
    }

    /// <summary>
    /// Moves the order only if nobody moved it since it was read (of a sweep cancelling an unpaid order and a webhook
    /// paying it, one wins and the other sees it): the status is written on condition of the status read. False, and
    /// nothing done, when the order had moved.
    /// </summary>
    public async Task<bool> TryMoveAsync(Order order, OrderStatus to, string by, string? note, CancellationToken cancellationToken)
    {
        var (from, now) = (order.Status, DateTime.UtcNow);
        if (from == to)
        {
            return false;
        }

        var moved = await db.Orders.Where(o => o.Id == order.Id && o.Status == from)
            .ExecuteUpdateAsync(set => set.SetProperty(o => o.Status, to).SetProperty(o => o.UpdatedUtc, now), cancellationToken);
        if (moved == 0)
        {
            return false;
        }

        (order.Status, order.UpdatedUtc) = (to, now);
        db.Entry(order).Property(o => o.Status).OriginalValue = to;
        db.Entry(order).Property(o => o.UpdatedUtc).OriginalValue = now;
        db.Transitions.Add(new OrderTransition { OrderId = order.Id, From = from, To = to, By = by, Note = note, AtUtc = now });
        await db.SaveChangesAsync(cancellationToken);
        await ApplyAsync(order, from, to, cancellationToken);
        return true;
    }

    /// <summary>What a status implies, once the move is saved.</summary>
    private async Task ApplyAsync(Order order, OrderStatus from, OrderStatus to, CancellationToken cancellationToken)
    {
        var givesBack = to is OrderStatus.Cancelled || (to == OrderStatus.Refunded && OrderStatusRules.GoodsInStore(from));
        if (givesBack)
        {
            await stock.ReleaseAsync(order.ReservationReference, cancellationToken);
            await stock.ReturnAsync(order.ReservationReference, cancellationToken);
        }

        if (order.CouponCode is { } code && to is OrderStatus.Cancelled)
        {
            await coupons.ReleaseAsync(code, order.IdempotencyKey, cancellationToken);
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

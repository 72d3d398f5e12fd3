using Microsoft.EntityFrameworkCore;
using Multistore.Inventory.Services;
using Multistore.Orders.Domain;
using Multistore.Promotions.Services;

namespace Multistore.Orders.Services;

/// <summary>
/// A payment that succeeds after the order was marked failed (a late webhook, a 3-D Secure retry) finds the
/// order's stock and coupon use given back. This takes the stock again under the same reference and counts the
/// coupon use again; when some stock has been sold meanwhile, or the coupon ran out of uses, the order keeps its
/// money but gets a note that says so, for staff to resolve.
/// </summary>
internal sealed class PaidAfterFailure(OrdersDbContext db, IStockReservations stock, ICouponService coupons)
{
    public const string NeedsAttention = "Needs attention";

    public async Task TakeBackAsync(Order order, CancellationToken cancellationToken)
    {
        if (order.CouponCode is { } code && !await coupons.CountAgainAsync(code, CouponCustomer.KeyOf(order), order.IdempotencyKey, cancellationToken))
        {
            db.Notes.Add(new OrderNote
            {
                OrderId = order.Id,
                Author = "system",
                Text = $"Paid after its payment had failed: the coupon {code} was counted again and is now used beyond its limit.",
            });
            await db.SaveChangesAsync(cancellationToken);
        }

        var lines = order.Lines.Count > 0 ? order.Lines : await db.Lines.AsNoTracking().Where(l => l.OrderId == order.Id).ToListAsync(cancellationToken);
        var held = await stock.ReserveAsync(order.ReservationReference, [.. lines.Select(l => new ReservationRequest(l.Sku, l.Quantity))],
            DateTime.UtcNow.AddMinutes(15), cancellationToken);
        if (held.IsReserved && await stock.CommitAsync(order.ReservationReference, cancellationToken))
        {
            return;
        }

        var shortages = string.Join("; ", held.Shortages.Select(s => $"{s.Sku}: {s.Requested} paid for, {Math.Max(0, s.Available)} in stock"));
        db.Notes.Add(new OrderNote
        {
            OrderId = order.Id,
            Author = "system",
            Text = $"{NeedsAttention}: paid after its payment had failed, and its stock was sold meanwhile ({shortages}). Restock, or refund.",
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}

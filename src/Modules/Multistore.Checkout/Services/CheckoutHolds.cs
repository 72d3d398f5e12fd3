using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Multistore.Inventory.Services;
using Multistore.Orders.Services;
using Multistore.Promotions.Services;

namespace Multistore.Checkout.Services;

/// <summary>
/// What an order holds before it is written: its stock, reserved for a while, and its coupon use, counted. Both are
/// keyed by the order's idempotency key, so holding again on a retry takes nothing twice. A shortage is told to the
/// shopper in their language (the module's PO files).
/// </summary>
public sealed class CheckoutHolds(IStockReservations stock, ICouponService coupons, IOptions<CheckoutSettings> settings, IStringLocalizer localizer)
{
    /// <summary>Reserves the order's stock, or says in the shopper's language what is short.</summary>
    public async Task HoldStockAsync(NewOrder order, CancellationToken cancellationToken)
    {
        var held = await stock.ReserveAsync(order.ReservationReference, [.. order.Lines.Select(l => new ReservationRequest(l.Sku, l.Quantity))],
            DateTime.UtcNow.AddMinutes(settings.Value.ReservationMinutes), cancellationToken);
        if (!held.IsReserved)
        {
            throw new CheckoutValidationException("lines", string.Join(" ", held.Shortages.Select(s => Shortage(order, s))));
        }
    }

    /// <summary>Counts the order's coupon use against the coupon's limits, or refuses the coupon saying why.</summary>
    public async Task CountCouponAsync(NewOrder order, CheckoutQuote quote, CancellationToken cancellationToken)
    {
        if (order.CouponCode is { } code)
        {
            var redeemed = await coupons.RedeemAsync(code, quote.Totals.Items, CouponCustomer.KeyOf(order), order.IdempotencyKey, cancellationToken);
            if (!redeemed.IsValid)
            {
                throw new CheckoutValidationException("couponCode", redeemed.Error!);
            }
        }
    }

    /// <summary>Gives back what the holds took, for an attempt that placed no order.</summary>
    public async Task ReleaseAsync(NewOrder order)
    {
        await stock.ReleaseAsync(order.ReservationReference, CancellationToken.None);
        if (order.CouponCode is { } code)
        {
            await coupons.ReleaseAsync(code, order.IdempotencyKey, CancellationToken.None);
        }
    }

    private string Shortage(NewOrder order, StockShortage shortage)
    {
        var name = order.Lines.First(l => string.Equals(l.Sku, shortage.Sku, StringComparison.OrdinalIgnoreCase)).Name;
        return shortage.Available <= 0
            ? localizer["{0} is sold out (you asked for {1}).", name, shortage.Requested]
            : localizer["Only {0} of {1} left (you asked for {2}).", shortage.Available, name, shortage.Requested];
    }
}

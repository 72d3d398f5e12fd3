using Microsoft.Extensions.Options;
using Multistore.Cart.Services;
using Multistore.Commerce;
using Multistore.Events;
using Multistore.Inventory.Services;
using Multistore.Orders.Domain;
using Multistore.Orders.Services;
using Multistore.Promotions.Services;

namespace Multistore.Checkout.Services;

/// <summary>
/// The steps of placing an order, each safe to repeat under the same key: hold stock, count the coupon, write
/// the order, commit the stock, start the payment. A crash between steps is recovered by a retry with the key
/// (it resumes) or, failing that, by the stock hold expiring, which cancels an order that never reached payment.
/// </summary>
public sealed class OrderSubmission(IStockReservations stock, ICouponService coupons, OrderPlacement placement, OrderPayments payments, ICartService carts, IEventPublisher events, IOptions<CheckoutSettings> settings)
{
    public static string ReservationReference(string idempotencyKey) => $"checkout:{idempotencyKey}";

    public async Task<PlaceOrderResult> SubmitAsync(Order order, CheckoutQuote quote, PlaceOrderRequest request, CancellationToken cancellationToken)
    {
        var reference = order.ReservationReference;
        var held = await stock.ReserveAsync(reference, [.. order.Lines.Select(l => new ReservationRequest(l.Sku, l.Quantity))],
            DateTime.UtcNow.AddMinutes(settings.Value.ReservationMinutes), cancellationToken);
        if (!held.IsReserved)
        {
            throw new CheckoutValidationException("lines", string.Join(" ", held.Shortages.Select(s =>
                $"Only {Math.Max(0, s.Available)} of {order.Lines.First(l => string.Equals(l.Sku, s.Sku, StringComparison.OrdinalIgnoreCase)).Name} left (you asked for {s.Requested}).")));
        }

        try
        {
            if (order.CouponCode is { } code)
            {
                var redeemed = await coupons.RedeemAsync(code, quote.Totals.Items, (request.CustomerId ?? order.Email).ToLowerInvariant(), order.IdempotencyKey, cancellationToken);
                if (!redeemed.IsValid)
                {
                    throw new CheckoutValidationException("couponCode", redeemed.Error!);
                }
            }

            var (saved, created) = await placement.CreateAsync(order, request.CustomerId ?? "shopper", cancellationToken);
            return await ResumeAsync(saved, request, created, cancellationToken);
        }
        catch (Exception)
        {
            if (!await OrderExistsAsync(order.IdempotencyKey))
            {
                // Nothing was placed: give back what this attempt took before the failure surfaces.
                await stock.ReleaseAsync(reference, CancellationToken.None);
                if (order.CouponCode is { } code)
                {
                    await coupons.ReleaseAsync(code, order.IdempotencyKey, CancellationToken.None);
                }
            }

            throw;
        }
    }

    /// <summary>Brings a written order as far as it can go: stock committed, payment started. Safe to call any number of times.</summary>
    public async Task<PlaceOrderResult> ResumeAsync(Order order, PlaceOrderRequest request, bool created, CancellationToken cancellationToken)
    {
        if (order.Payments.Count == 0 && (order.Status != OrderStatus.Pending || !await stock.CommitAsync(order.ReservationReference, cancellationToken)))
        {
            // The hold lapsed before payment started: the sweeper cancels (or has cancelled) the order.
            return Result(order, created);
        }

        var payment = await payments.StartAsync(order, request.CustomerId is not null, request.IsBusinessCustomer, cancellationToken);
        if (created)
        {
            await carts.MarkCheckedOutAsync(request.CartId, cancellationToken);
            await events.PublishAsync(new OrderPlaced(order.Id, order.Number), cancellationToken);
        }

        return Result(order, created, payment);
    }

    private async Task<bool> OrderExistsAsync(string key) =>
        await placement.FindByIdempotencyKeyAsync(key, CancellationToken.None) is not null;

    private static PlaceOrderResult Result(Order order, bool created, OrderPayment? payment = null)
    {
        payment ??= order.Payments.FirstOrDefault();
        var outcome = payment is null
            ? new PaymentOutcome(order.PaymentMethodCode, "NotStarted", new Dictionary<string, string>(), "The checkout expired before payment started. Please place the order again.")
            : new PaymentOutcome(payment.ProviderCode, payment.Status.ToString(),
                System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string>>(payment.NextActionJson) ?? [], payment.Error);
        return new PlaceOrderResult(order.Number, order.Status.ToString(), new Money(order.GrandTotal, order.Currency), order.AccessToken, outcome, !created);
    }
}

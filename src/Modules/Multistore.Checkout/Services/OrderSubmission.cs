using Multistore.Orders.Services;

namespace Multistore.Checkout.Services;

/// <summary>
/// The steps of placing an order, each safe to repeat under the same key: hold stock and count the coupon, write
/// the order, then complete it (commit the stock, start the payment). A crash between steps is recovered by a retry
/// with the key (it resumes) or, failing that, by the stock hold expiring, which cancels an order that never reached
/// payment.
/// </summary>
public sealed class OrderSubmission(CheckoutHolds holds, IOrderPlacement placement, OrderCompletion completion)
{
    public static string ReservationReference(string idempotencyKey) => $"checkout:{idempotencyKey}";

    /// <summary>The order a key placed, when this request is the one that placed it; a reused key with other parameters is refused.</summary>
    public static PlacedOrder SameRequest(PlacedOrder existing, string fingerprint) =>
        string.Equals(existing.RequestFingerprint, fingerprint, StringComparison.Ordinal) ? existing : throw new IdempotencyKeyReusedException();

    public async Task<PlaceOrderResult> SubmitAsync(NewOrder order, CheckoutQuote quote, PlaceOrderRequest request, CancellationToken cancellationToken)
    {
        await holds.HoldStockAsync(order, cancellationToken);
        try
        {
            await holds.CountCouponAsync(order, quote, cancellationToken);
            var (saved, created) = await placement.PlaceAsync(order, request.CustomerId ?? "shopper", cancellationToken);
            return await completion.ResumeAsync(created ? saved : SameRequest(saved, order.RequestFingerprint!), request, created, cancellationToken);
        }
        catch (Exception)
        {
            if (await placement.FindAsync(order.IdempotencyKey, CancellationToken.None) is null)
            {
                // Nothing was placed: give back what this attempt took before the failure surfaces.
                await holds.ReleaseAsync(order);
            }

            throw;
        }
    }
}

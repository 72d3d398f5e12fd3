using System.Globalization;
using Multistore.Orders.Services;

namespace Multistore.Checkout.Services;

/// <summary>
/// Places an order for a checkout: a key seen before on the same cart with the same parameters resumes its order
/// (never a second one), with other parameters it is refused (<see cref="IdempotencyKeyReusedException"/>);
/// otherwise the input is reviewed, the order worked out from the cart as it is now, and handed to <see cref="OrderSubmission"/>.
/// </summary>
public sealed class PlaceOrderHandler(CheckoutReview review, IOrderPlacement placement, OrderSubmission submission, OrderCompletion completion)
{
    public async Task<PlaceOrderResult?> PlaceAsync(PlaceOrderRequest request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.IdempotencyKey) || request.IdempotencyKey.Length > 150)
        {
            throw new CheckoutValidationException("idempotencyKey", "An idempotency key of 1 to 150 characters is required, so a retried checkout never orders twice.");
        }

        var key = CheckoutFingerprint.ScopedKey(request.CartId, request.IdempotencyKey);
        var fingerprint = CheckoutFingerprint.Of(request);
        if (await placement.FindAsync(key, cancellationToken) is { } existing)
        {
            return await completion.ResumeAsync(OrderSubmission.SameRequest(existing, fingerprint), request, created: false, cancellationToken);
        }

        var quote = await review.ReviewAsync(request, cancellationToken);
        return quote is null ? null : await submission.SubmitAsync(Build(request, key, fingerprint, quote), quote, request, cancellationToken);
    }

    private static NewOrder Build(PlaceOrderRequest request, string key, string fingerprint, CheckoutQuote quote)
    {
        var totals = quote.Totals;
        return new NewOrder
        {
            IdempotencyKey = key,
            RequestFingerprint = fingerprint,
            CustomerId = request.CustomerId,
            Email = request.Email.Trim(),
            Culture = CultureInfo.CurrentCulture.Name,
            Currency = quote.Cart.Currency,
            Touchpoint = request.Touchpoint,
            ShippingAddress = request.ShippingAddress,
            BillingAddress = request.BillingAddress ?? request.ShippingAddress,
            ShippingMethodCode = quote.Shipping.Code,
            ShippingMethodName = quote.Shipping.Name,
            PaymentMethodCode = quote.Payment.Code,
            CouponCode = quote.Cart.CouponCode,
            ItemsTotal = totals.Items.Amount,
            DiscountTotal = totals.Discount.Amount,
            ShippingTotal = totals.Shipping.Amount,
            PaymentFee = totals.PaymentFee.Amount,
            TaxTotal = totals.Tax.Amount,
            TaxIncluded = totals.TaxIncluded,
            GrandTotal = totals.Grand.Amount,
            ReservationReference = OrderSubmission.ReservationReference(key),
            Lines = [.. quote.Cart.Lines.Select((l, i) => new NewOrderLine(
                l.Sku, l.DisplayName, l.Quantity, l.UnitPrice.Amount, l.TaxClass, totals.LineDiscounts[i].Amount, (l.LineTotal - totals.LineDiscounts[i]).Amount,
                i < totals.LineTaxes.Count ? totals.LineTaxes[i].Amount : 0m))],
        };
    }
}

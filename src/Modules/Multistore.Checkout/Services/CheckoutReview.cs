using System.Net.Mail;
using Multistore.Cart.Services;
using Multistore.Commerce;
using Multistore.Orders.Services;

namespace Multistore.Checkout.Services;

/// <summary>Checks a checkout's input against the cart as it is now and works out the totals. Writes nothing.</summary>
public sealed class CheckoutReview(ICartService carts, CheckoutOptions options, CheckoutTotalsCalculator totals, BusinessStanding standing)
{
    public async Task<CheckoutQuote?> ReviewAsync(PlaceOrderRequest request, CancellationToken cancellationToken)
    {
        var cart = await carts.GetAsync(request.CartId, cancellationToken);
        if (cart is null)
        {
            return null;
        }

        if (cart.Lines.Count == 0)
        {
            throw new CheckoutValidationException("cart", cart.Messages.Count > 0 ? string.Join(" ", cart.Messages.Select(m => m.Text)) : "The cart is empty.");
        }

        if (cart.Messages.Count > 0)
        {
            throw new CheckoutValidationException("cart", "Your cart changed; please review it. " + string.Join(" ", cart.Messages.Select(m => m.Text)));
        }

        foreach (var (field, value, max) in new[] { ("email", request.Email, FieldLimits.Email), ("shippingMethod", request.ShippingMethod, FieldLimits.Code), ("paymentMethod", request.PaymentMethod, FieldLimits.Code) })
        {
            if (value?.Trim().Length > max)
            {
                throw new CheckoutValidationException(field, FieldLimits.TooLong(field, max));
            }
        }

        if (string.IsNullOrWhiteSpace(request.Email) || !MailAddress.TryCreate(request.Email.Trim(), out _))
        {
            throw new CheckoutValidationException("email", $"'{request.Email}' is not an e-mail address.");
        }

        var countries = await options.CountriesAsync(cancellationToken);
        var pickup = request.ShippingMethod?.StartsWith(ShippingQuote.PickupCodePrefix, StringComparison.OrdinalIgnoreCase) == true;
        foreach (var (address, prefix) in new[] { (request.ShippingAddress, "shippingAddress"), (request.BillingAddress, "billingAddress") })
        {
            // Collected at a pickup point, nothing is shipped: the shipping address only names who collects it.
            if (address is not null && AddressFormats.Check(address, countries, prefix, pickup && prefix == "shippingAddress") is { } problem)
            {
                throw new CheckoutValidationException(problem.Field, problem.Message);
            }
        }

        var quotes = await options.ShippingQuotesAsync(cart, request.ShippingAddress, request.Touchpoint, cancellationToken);
        var shipping = quotes.FirstOrDefault(q => string.Equals(q.Code, request.ShippingMethod, StringComparison.OrdinalIgnoreCase))
            ?? throw new CheckoutValidationException("shippingMethod",
                quotes.Count == 0 ? $"We have no shipping method to {request.ShippingAddress.Country}." : $"'{request.ShippingMethod}' is not a shipping method here. Choose one of: {string.Join(", ", quotes.Select(q => q.Code))}.");
        var methods = options.PaymentMethods(cart.Total + shipping.Price, request.CustomerId is not null,
            await standing.IsBusinessAsync(request.CustomerId, cancellationToken));
        var payment = methods.FirstOrDefault(m => string.Equals(m.Code, request.PaymentMethod, StringComparison.OrdinalIgnoreCase))
            ?? throw new CheckoutValidationException("paymentMethod",
                methods.Count == 0 ? "No payment method is available for this order." : $"'{request.PaymentMethod}' is not a payment method you can use. Choose one of: {string.Join(", ", methods.Select(m => m.Code))}.");
        var calculated = await totals.CalculateAsync(cart, request.ShippingAddress, shipping.Price, payment.Fee, cancellationToken);
        return new CheckoutQuote(cart, shipping, payment, calculated);
    }
}

using Multistore.Commerce;

namespace Multistore.Checkout.Services;

/// <summary>
/// Checkout for every touchpoint (storefront pages and the Storefront API call this). Methods return null when
/// the cart does not exist and throw <see cref="CheckoutValidationException"/> naming the field to fix.
/// </summary>
public interface ICheckoutService
{
    /// <summary>Countries the store ships to, with their names in the request culture.</summary>
    Task<IReadOnlyList<AddressFormat>> CountriesAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<ShippingQuote>?> ShippingMethodsAsync(Guid cartId, Address shipTo, string touchpoint, CancellationToken cancellationToken);

    /// <summary>The methods offered to the signed-in customer (null for a guest); invoice only to an approved business customer.</summary>
    Task<IReadOnlyList<PaymentMethod>?> PaymentMethodsAsync(Guid cartId, string? customerId, CancellationToken cancellationToken);

    /// <summary>Totals for the review step, checked exactly as placing the order would check them.</summary>
    Task<CheckoutQuote?> QuoteAsync(PlaceOrderRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Places the order atomically: stock held, coupon counted, order written, stock committed and payment started;
    /// a failure leaves no order without its reservation or payment record. The same idempotency key returns the
    /// same order without a second charge.
    /// </summary>
    Task<PlaceOrderResult?> PlaceOrderAsync(PlaceOrderRequest request, CancellationToken cancellationToken);
}

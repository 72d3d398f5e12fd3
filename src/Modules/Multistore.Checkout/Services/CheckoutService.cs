using System.Globalization;
using Multistore.Cart.Services;
using Multistore.Commerce;
using Multistore.Orders.Services;

namespace Multistore.Checkout.Services;

public sealed class CheckoutService(ICartService carts, CheckoutOptions options, CheckoutReview review, PlaceOrderHandler placeOrder, BusinessStanding standing) : ICheckoutService
{
    public async Task<IReadOnlyList<AddressFormat>> CountriesAsync(CancellationToken cancellationToken) =>
        [.. (await options.CountriesAsync(cancellationToken)).Select(c => AddressFormats.For(c, CultureInfo.CurrentCulture))];

    public async Task<IReadOnlyList<ShippingQuote>?> ShippingMethodsAsync(Guid cartId, Address shipTo, string touchpoint, CancellationToken cancellationToken) =>
        await carts.GetAsync(cartId, cancellationToken) is { } cart ? await options.ShippingQuotesAsync(cart, shipTo, touchpoint, cancellationToken) : null;

    public async Task<IReadOnlyList<PaymentMethod>?> PaymentMethodsAsync(Guid cartId, string? customerId, CancellationToken cancellationToken) =>
        await carts.GetAsync(cartId, cancellationToken) is { } cart
            ? options.PaymentMethods(cart.Total, customerId is not null, await standing.IsBusinessAsync(customerId, cancellationToken))
            : null;

    public Task<CheckoutQuote?> QuoteAsync(PlaceOrderRequest request, CancellationToken cancellationToken) =>
        review.ReviewAsync(request, cancellationToken);

    public Task<PlaceOrderResult?> PlaceOrderAsync(PlaceOrderRequest request, CancellationToken cancellationToken) =>
        placeOrder.PlaceAsync(request, cancellationToken);
}

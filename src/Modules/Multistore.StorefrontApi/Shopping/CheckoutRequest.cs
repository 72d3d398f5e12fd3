using Multistore.Commerce;

namespace Multistore.StorefrontApi.Shopping;

public sealed record CheckoutRequest(
    string? Email,
    Address? ShippingAddress,
    Address? BillingAddress,
    string? ShippingMethod,
    string? PaymentMethod);

using Multistore.Commerce;

namespace Multistore.Checkout.Services;

/// <summary>
/// Everything checkout needs to place an order. <see cref="IdempotencyKey"/> comes from the client (the
/// <c>Idempotency-Key</c> header, or the checkout form's hidden field): the same key never makes a second order.
/// <see cref="BillingAddress"/> null means the shipping address. Whether the customer is a business customer is not
/// part of the request: it comes from the account (<see cref="BusinessStanding"/>).
/// </summary>
public sealed record PlaceOrderRequest
{
    public required Guid CartId { get; init; }
    public required string IdempotencyKey { get; init; }
    public required string Email { get; init; }
    public required Address ShippingAddress { get; init; }
    public Address? BillingAddress { get; init; }
    public required string ShippingMethod { get; init; }
    public required string PaymentMethod { get; init; }
    public string? CustomerId { get; init; }
    public string Touchpoint { get; init; } = Touchpoints.Web;
}

using Multistore.Checkout.Services;
using Multistore.Commerce;

namespace Multistore.StorefrontApi.Shopping;

/// <summary>The placed order: number, status, total, the guest's order token and the payment's next action.</summary>
public sealed record CheckoutResponse(string Number, string Status, Money Total, string OrderToken, PaymentOutcome Payment);

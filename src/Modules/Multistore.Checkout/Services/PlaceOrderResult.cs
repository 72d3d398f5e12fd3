using Multistore.Commerce;

namespace Multistore.Checkout.Services;

/// <summary>
/// The placed order: its number, status and total, the token a guest uses to read it, and the payment's next
/// action for the touchpoint. <see cref="Replayed"/> is true when the idempotency key had already placed it.
/// </summary>
public sealed record PlaceOrderResult(string Number, string Status, Money Total, string OrderToken, PaymentOutcome Payment, bool Replayed);

/// <summary>The payment as the touchpoint needs it: provider, status, what to do next, and an error for the shopper.</summary>
public sealed record PaymentOutcome(string Provider, string Status, IReadOnlyDictionary<string, string> NextAction, string? Error);

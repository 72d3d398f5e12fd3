namespace Multistore.Checkout.Services;

/// <summary>
/// The idempotency key already placed an order for this cart with other parameters: a retry must send the same
/// request, a new attempt a new key. Nothing was written; the first order is not revealed.
/// </summary>
public sealed class IdempotencyKeyReusedException() : Exception(
    "This Idempotency-Key was already used for a checkout of this cart with different parameters. Retry with the same request, or send a new key for a new attempt.");

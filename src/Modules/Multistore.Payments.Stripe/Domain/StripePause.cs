namespace Multistore.Payments.Stripe.Domain;

/// <summary>
/// Why card payments are out of the offer: Stripe refused the store's own setup (a wrong or revoked key, an invalid
/// request, an outage) at <see cref="AtUtc"/>. Only Stripe's error type and code are kept, never its text.
/// </summary>
internal sealed record StripePause(DateTimeOffset AtUtc, string ErrorType, string? ErrorCode);

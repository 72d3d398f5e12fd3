using Multistore.Commerce;

namespace Multistore.StorefrontApi.Shopping;

/// <summary>
/// Where an order's payment stands, for an app to poll: <see cref="NextAction"/> is what it must do (a Stripe client
/// secret to confirm, bank transfer instructions); <see cref="Settled"/> is true once polling can stop.
/// </summary>
public sealed record ApiPaymentStatus(
    string Number,
    string OrderStatus,
    string? Provider,
    string Status,
    Money Amount,
    IReadOnlyDictionary<string, string> NextAction,
    string? Error,
    bool Settled);

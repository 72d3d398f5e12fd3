using Multistore.Commerce;

namespace Multistore.Orders.Services;

/// <summary>
/// A written order as its placer needs it: number and guest token, status, total, the fingerprint of the request
/// that placed it, its stock reservation and its payment (null until one was started).
/// </summary>
public sealed record PlacedOrder(
    Guid Id,
    string Number,
    string Status,
    bool IsPending,
    string AccessToken,
    Money GrandTotal,
    string PaymentMethodCode,
    string? RequestFingerprint,
    string ReservationReference,
    OrderPaymentView? Payment);

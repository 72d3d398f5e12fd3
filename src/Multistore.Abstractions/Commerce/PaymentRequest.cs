namespace Multistore.Commerce;

/// <summary>
/// Start paying for an order. <see cref="IdempotencyKey"/> is derived from the order so a retry never
/// charges twice. <see cref="IsBusinessCustomer"/> lets invoice payment refuse consumers; checkout sets it from the
/// customer account (<see cref="IBusinessCustomers"/>), never from the request.
/// </summary>
public sealed record PaymentRequest(
    Guid OrderId,
    string OrderNumber,
    Money Amount,
    string Email,
    string Culture,
    string IdempotencyKey,
    bool IsSignedIn,
    bool IsBusinessCustomer);

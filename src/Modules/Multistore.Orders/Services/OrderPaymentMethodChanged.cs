namespace Multistore.Orders.Services;

/// <summary>
/// Published when the shopper chose another payment method for an unpaid order and its new payment started (the
/// confirmation e-mail goes now when the new payment was accepted offline, as at placement).
/// </summary>
public sealed record OrderPaymentMethodChanged(Guid OrderId, string Number, string PaymentMethod);

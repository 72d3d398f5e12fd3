namespace Multistore.Commerce;

/// <summary>
/// Published by a payment provider when a payment's status changes outside the request that started it
/// (a webhook, an operator marking a bank transfer as received). Orders react to it.
/// </summary>
public sealed record PaymentStatusChanged(Guid OrderId, string ProviderCode, string ProviderReference, PaymentStatus Status, Money Amount, string EventId);

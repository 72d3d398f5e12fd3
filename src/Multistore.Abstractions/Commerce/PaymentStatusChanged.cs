namespace Multistore.Commerce;

/// <summary>
/// Published by a payment provider when a payment's status changes outside the request that started it
/// (a webhook, an operator marking a bank transfer as received). Orders react to it. <see cref="Error"/> is, for a
/// failed payment, the reason to tell the shopper: a sentence of the provider module's own (a PO key, translated
/// where it is shown), never the provider's raw text.
/// </summary>
public sealed record PaymentStatusChanged(Guid OrderId, string ProviderCode, string ProviderReference, PaymentStatus Status, Money Amount, string EventId, string? Error = null);

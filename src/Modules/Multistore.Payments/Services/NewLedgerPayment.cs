using Multistore.Commerce;

namespace Multistore.Payments.Services;

/// <summary>A payment a provider has started, to be written to the ledger under its <see cref="IdempotencyKey"/>.</summary>
public sealed record NewLedgerPayment(
    Guid OrderId,
    string OrderNumber,
    string ProviderCode,
    string ProviderReference,
    string IdempotencyKey,
    PaymentStatus Status,
    Money Amount);

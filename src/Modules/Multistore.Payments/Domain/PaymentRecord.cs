using Multistore.Commerce;
using Multistore.Payments.Services;

namespace Multistore.Payments.Domain;

/// <summary>
/// One payment of one order with one provider. Amounts are in minor units of <see cref="Currency"/> so they
/// compare and sum exactly on every database.
/// </summary>
internal sealed class PaymentRecord
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrderId { get; set; }
    public string OrderNumber { get; set; } = "";
    public string ProviderCode { get; set; } = "";
    public string ProviderReference { get; set; } = "";
    public string IdempotencyKey { get; set; } = "";
    public PaymentStatus Status { get; set; }
    public string Currency { get; set; } = "";
    public long AmountMinor { get; set; }
    public long RefundedMinor { get; set; }
    public DateTimeOffset CreatedUtc { get; set; } = DateTimeOffset.UtcNow;
    public DateTimeOffset UpdatedUtc { get; set; } = DateTimeOffset.UtcNow;
    public List<PaymentRefund> Refunds { get; set; } = [];
    public List<PaymentStatusEntry> History { get; set; } = [];

    public Money Amount => new(MinorUnits.ToAmount(AmountMinor, Currency), Currency);

    public Money Refunded => new(MinorUnits.ToAmount(RefundedMinor, Currency), Currency);
}

namespace Multistore.Inventory.Domain;

/// <summary>
/// Stock held for one checkout, named by <see cref="Reference"/> (unique, e.g. the order's idempotency key) so
/// a retried checkout finds its reservation instead of holding stock twice.
/// </summary>
internal sealed class StockReservation
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string Reference { get; set; } = "";
    public ReservationState State { get; set; } = ReservationState.Active;
    public DateTime CreatedUtc { get; set; } = DateTime.UtcNow;
    public DateTime ExpiresUtc { get; set; }
    public List<StockReservationLine> Lines { get; set; } = [];
}

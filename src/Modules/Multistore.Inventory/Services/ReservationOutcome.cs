namespace Multistore.Inventory.Services;

/// <summary>
/// Whether stock is held for a reference. <see cref="Shortages"/> names each SKU that could not be held and how
/// many are still available, so the shopper can be told exactly what changed.
/// </summary>
public sealed record ReservationOutcome(bool IsReserved, IReadOnlyList<StockShortage> Shortages)
{
    public static ReservationOutcome Reserved { get; } = new(true, []);
}

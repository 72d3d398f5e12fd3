namespace Multistore.Inventory.Domain;

/// <summary>
/// Stock held at one location. <see cref="Backordered"/> of <see cref="Quantity"/> were not on hand when held: the SKU
/// is sold on backorder and they ship when it is restocked.
/// </summary>
internal sealed class StockReservationLine
{
    public Guid ReservationId { get; set; }
    public string Sku { get; set; } = "";
    public string Location { get; set; } = "";
    public int Quantity { get; set; }
    public int Backordered { get; set; }
}

namespace Multistore.Inventory.Domain;

internal sealed class StockReservationLine
{
    public Guid ReservationId { get; set; }
    public string Sku { get; set; } = "";
    public string Location { get; set; } = "";
    public int Quantity { get; set; }
}

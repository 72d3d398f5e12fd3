namespace Multistore.Inventory.Domain;

/// <summary>One change of on-hand stock, kept forever as the SKU's history.</summary>
internal sealed class StockMovement
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string Sku { get; set; } = "";
    public string Location { get; set; } = "";
    public int Change { get; set; }
    public StockMovementReason Reason { get; set; }
    public string? Reference { get; set; }
    public DateTime CreatedUtc { get; set; } = DateTime.UtcNow;
}

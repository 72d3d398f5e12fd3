namespace Multistore.Inventory.Services;

/// <summary>A quantity of one SKU a checkout wants to hold.</summary>
public sealed record ReservationRequest(string Sku, int Quantity);

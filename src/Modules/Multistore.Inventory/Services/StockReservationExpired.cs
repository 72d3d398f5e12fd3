namespace Multistore.Inventory.Services;

/// <summary>Published when the sweeper gave back a checkout's stock because the checkout never finished.</summary>
public sealed record StockReservationExpired(string Reference);

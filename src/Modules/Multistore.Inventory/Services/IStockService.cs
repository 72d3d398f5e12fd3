using Multistore.Commerce;
using Multistore.Inventory.Domain;

namespace Multistore.Inventory.Services;

/// <summary>
/// Reading and adjusting stock inside the Inventory module (its admin pages and recipe); other modules read
/// stock through <see cref="IStockLevels"/> (Abstractions). Checkout holds stock through <see cref="IStockReservations"/>.
/// </summary>
internal interface IStockService : IStockLevels
{
    /// <summary>Adds <paramref name="change"/> (negative to remove) to on-hand stock and records the movement.</summary>
    Task AdjustAsync(string sku, string location, int change, StockMovementReason reason, string? reference, CancellationToken cancellationToken);

    /// <summary>Whether <paramref name="sku"/> is sold beyond its stock, and when it ships if so.</summary>
    Task<StockBackorder> GetBackorderAsync(string sku, CancellationToken cancellationToken);

    /// <summary>Sells <paramref name="sku"/> beyond its stock or stops doing so; a restock date is kept only with backorders allowed.</summary>
    Task SetBackorderAsync(string sku, StockBackorder backorder, CancellationToken cancellationToken);

    Task<IReadOnlyList<LowStockItem>> ListLowStockAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<StockMovement>> ListMovementsAsync(string sku, int take, CancellationToken cancellationToken);
}

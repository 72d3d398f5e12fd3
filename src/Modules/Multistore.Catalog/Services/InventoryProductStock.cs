using Multistore.Inventory.Services;

namespace Multistore.Catalog.Services;

/// <summary>With Inventory on, the product page shows what the store can sell now (all locations together).</summary>
public sealed class InventoryProductStock(IStockAvailability stock) : IProductStock
{
    public Task<IReadOnlyDictionary<string, int>> AvailableAsync(IReadOnlyCollection<string> skus, CancellationToken cancellationToken) =>
        stock.GetAvailableAsync(skus, cancellationToken);
}

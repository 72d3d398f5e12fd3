using Multistore.Inventory.Services;

namespace Multistore.Feeds.Services;

/// <summary>With Inventory on, the feed says what the store can sell now (all locations together).</summary>
public sealed class InventoryFeedStock(IStockAvailability stock) : IFeedStock
{
    public Task<IReadOnlyDictionary<string, int>> AvailableAsync(IReadOnlyCollection<string> skus, CancellationToken cancellationToken) =>
        stock.GetAvailableAsync(skus, cancellationToken);
}

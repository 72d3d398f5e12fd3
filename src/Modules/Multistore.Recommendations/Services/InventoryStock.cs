using Multistore.Inventory.Services;

namespace Multistore.Recommendations.Services;

/// <summary>With Inventory on: a SKU with stock records sells while some is available; one without records is not tracked and sells.</summary>
internal sealed class InventoryStock(IStockAvailability stock) : IRecommendationStock
{
    public async Task<IReadOnlySet<string>> SellableAsync(IReadOnlyCollection<string> skus, CancellationToken cancellationToken)
    {
        var available = await stock.GetAvailableAsync(skus, cancellationToken);
        return skus.Where(s => !available.TryGetValue(s, out var quantity) || quantity > 0).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }
}

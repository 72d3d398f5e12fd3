using Multistore.Events;
using Multistore.Inventory.Services;

namespace Multistore.Storefront.Caching;

/// <summary>Drops the cached pages when a SKU's available stock changes.</summary>
public sealed class EvictOnStockChange(StorefrontCacheEviction eviction) : IEventSubscriber<StockChanged>
{
    public Task HandleAsync(StockChanged @event, CancellationToken cancellationToken) => eviction.EvictAsync(cancellationToken).AsTask();
}

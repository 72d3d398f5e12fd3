using Multistore.Catalog.Events;
using Multistore.Events;
using Multistore.Pricing.Events;

namespace Multistore.Storefront.Caching;

/// <summary>A product, category or price change drops the tenant's cached pages, so the next request shows it.</summary>
public sealed class EvictOnChange(StorefrontCacheEviction eviction) : IEventSubscriber<CatalogChanged>, IEventSubscriber<PriceChanged>
{
    public Task HandleAsync(CatalogChanged @event, CancellationToken cancellationToken) => eviction.EvictAsync(cancellationToken).AsTask();

    public Task HandleAsync(PriceChanged @event, CancellationToken cancellationToken) => eviction.EvictAsync(cancellationToken).AsTask();
}

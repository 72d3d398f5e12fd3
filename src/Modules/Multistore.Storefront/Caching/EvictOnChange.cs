using Multistore.Catalog.Events;
using Multistore.Events;
using Multistore.Pricing.Events;

namespace Multistore.Storefront.Caching;

/// <summary>
/// A product, category or attribute change drops the tenant's cached pages; a price change drops the pages showing
/// that SKU's price (the catalog's change-log entry for that same price change drops nothing more). Either way the
/// next request shows it.
/// </summary>
public sealed class EvictOnChange(StorefrontCacheEviction eviction) : IEventSubscriber<CatalogChanged>, IEventSubscriber<PriceChanged>
{
    public Task HandleAsync(CatalogChanged @event, CancellationToken cancellationToken) =>
        @event.OnlyPricesOf is not null ? Task.CompletedTask : eviction.EvictAsync(cancellationToken).AsTask();

    public Task HandleAsync(PriceChanged @event, CancellationToken cancellationToken) => eviction.EvictSkuAsync(@event.Sku, cancellationToken).AsTask();
}

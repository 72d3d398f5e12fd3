using Multistore.Catalog.Domain;
using Multistore.Catalog.Services;
using Multistore.Events;
using Multistore.Pricing.Events;

namespace Multistore.Catalog.Events;

/// <summary>Writes a saved price into the catalog's change log, so search indexes re-read the product's price.</summary>
internal sealed class PriceChangeLogger(CatalogChangeLog changeLog) : IEventSubscriber<PriceChanged>
{
    public Task HandleAsync(PriceChanged @event, CancellationToken cancellationToken) =>
        changeLog.SaveWithChangesAsync([(CatalogChangeKind.Price, @event.Sku)], cancellationToken);
}
